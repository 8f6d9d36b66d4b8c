// @vitest-environment happy-dom
/**
 * The "fade instead of hide" choice (src/components/PerspectiveControl.svelte): shown in a
 * one-article view, and also whenever a day is chosen on the "As of" bar, since the relations
 * dated after it follow the same choice; its words say what it fades.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import PerspectiveControl from '../../src/components/PerspectiveControl.svelte';
import type { SourceInfo } from '../../src/view/details';

afterEach(cleanup);

const sources = [
  { id: 'a', title: 'Article A', short: 'A', kind: 'op-ed' },
  { id: 'b', title: 'Article B', short: 'B', kind: 'analysis' },
] as unknown as SourceInfo[];

const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('the fade choice', () => {
  it('is absent for all articles with no day chosen', () => {
    render(PerspectiveControl, { props: { perspective: { mode: 'all' }, sources, fadeOutside: false, onChange: () => {}, onFadeChange: () => {} } });
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('appears for all articles once a day is chosen, and names the later relations', async () => {
    const onFadeChange = vi.fn();
    render(PerspectiveControl, { props: { perspective: { mode: 'all' }, sources, fadeOutside: false, asOfChosen: true, onChange: () => {}, onFadeChange } });
    const box = screen.getByRole('checkbox');
    expect(fold(box.closest('label')?.textContent)).toBe('Fade the relations dated after “As of” instead of hiding them');
    await fireEvent.click(box);
    expect(onFadeChange).toHaveBeenCalledWith(true);
  });

  it('in one article with a day chosen, names both', () => {
    render(PerspectiveControl, {
      props: { perspective: { mode: 'one', source: 'a' }, sources, fadeOutside: true, asOfChosen: true, onChange: () => {}, onFadeChange: () => {} },
    });
    const box = screen.getByRole<HTMLInputElement>('checkbox');
    expect(box.checked).toBe(true);
    expect(fold(box.closest('label')?.textContent)).toBe('Fade the other articles’ relations, and those dated after “As of”, instead of hiding them');
  });
});
