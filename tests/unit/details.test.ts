import { describe, expect, it } from 'vitest';
import { ordinal, shortSourceLabel } from '../../src/view/details';
import { formatDates, formatPartialDate, formatTone } from '../../src/view/format';

describe('pane formatting', () => {
  it('formats partial dates and periods', () => {
    expect(formatPartialDate('2025-06-21')).toBe('21 June 2025');
    expect(formatPartialDate('2025-02')).toBe('February 2025');
    expect(formatPartialDate('2025')).toBe('2025');
    expect(formatDates({ start: '2020', end: '2025-06' })).toBe('2020 – June 2025');
    expect(formatDates(undefined)).toBeUndefined();
    expect(formatDates({ start: '2024', approximate: true })).toBe('about 2024');
  });

  it('names sources briefly: the outlet without its parenthesis, or the start of the title', () => {
    expect(shortSourceLabel({ title: 'X', outlet: 'Quincy Institute (Quincy Brief 81)' })).toBe('Quincy Institute');
    expect(shortSourceLabel({ title: 'A Diplomatic Thaw in Belarus: The New York Post Reports' })).toBe('A Diplomatic Thaw in Belarus');
    expect(shortSourceLabel({ title: 'A Quick, Quiet Trip to Belarus Signals a Turn in U.S. Policy' })).toBe('A Quick, Quiet Trip to Belarus…');
  });

  it('formats tones and ranks', () => {
    expect(formatTone(4)).toBe('+4');
    expect(formatTone(-6.25)).toBe('−6.3');
    expect(formatTone(0)).toBe('0');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
    ]);
  });
});
