// @vitest-environment happy-dom
// The theme (issue 17): it starts as the system prefers unless a theme was stored, a stored value
// that is not a choice is ignored, the toolbar's "Dark mode" button switches it, says so with
// aria-pressed, remembers it, and the root element carries data-theme and color-scheme.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { ThemeState } from '../../src/state/theme.svelte';
import { THEME_STORAGE_KEY } from '../../src/view/themes';
import ThemeToggle from '../../src/components/ThemeToggle.svelte';

function systemPrefers(dark: boolean): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(prefers-color-scheme: dark)' && dark,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('ThemeState', () => {
  it('follows the system when nothing is stored, and ignores a stored value that is not a choice', () => {
    systemPrefers(true);
    expect(new ThemeState().theme).toBe('dark');
    localStorage.setItem(THEME_STORAGE_KEY, 'purple');
    const state = new ThemeState();
    expect(state.choice).toBe('system');
    expect(state.theme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.style.colorScheme).toBe('dark');
  });

  it('a stored choice wins over the system, and a new choice is stored and applied', () => {
    systemPrefers(true);
    localStorage.setItem(THEME_STORAGE_KEY, 'light');
    const state = new ThemeState();
    expect(state.theme).toBe('light');
    expect(document.documentElement.dataset.theme).toBe('light');
    state.choose('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(state.theme).toBe('dark');
    expect(state.palette.canvas).toBe('#14181d');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});

describe('ThemeToggle', () => {
  it('is a "Dark mode" toggle button that switches the theme and remembers it', async () => {
    render(ThemeToggle);
    const button = screen.getByRole('button', { name: 'Dark mode' });
    const before = button.getAttribute('aria-pressed');
    await fireEvent.click(button);
    const after = button.getAttribute('aria-pressed');
    expect(after).toBe(before === 'true' ? 'false' : 'true');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe(after === 'true' ? 'dark' : 'light');
    expect(document.documentElement.dataset.theme).toBe(after === 'true' ? 'dark' : 'light');
    await fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe(before);
  });
});
