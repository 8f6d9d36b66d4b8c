// The benchmark's arithmetic (bench/report.ts): medians, paired ratios, pass/fail, the table.
import { describe, expect, it } from 'vitest';
import { formatTable, median, ratios, summarize } from '../../bench/report';

describe('bench report', () => {
  it('takes medians, and pairs ratios run by run', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(ratios([100, null, 90], [200, 100, 0])).toEqual([0.5, null, null]);
  });

  it('passes or fails a median against its target, and fails a metric most of whose runs failed', () => {
    expect(summarize({ id: 'a', label: 'A', unit: 'ms', target: { op: '<=', value: 16 } }, [10, 20, 12]).pass).toBe(true);
    expect(summarize({ id: 'b', label: 'B', unit: '%', target: { op: '>=', value: 90 } }, [80, 95, 85]).pass).toBe(false);
    expect(summarize({ id: 'c', label: 'C', unit: 'ms', target: { op: '<=', value: 16 } }, [10, null, null]).pass).toBe(false);
    expect(summarize({ id: 'd', label: 'D', unit: 'ms' }, [1, 2, 3])).toMatchObject({ median: 2, pass: null });
  });

  it('prints a Markdown table with the runs and the verdict', () => {
    const table = formatTable([summarize({ id: 'r', label: 'Ratio', unit: '×', target: { op: '<=', value: 0.75 } }, [0.5, 0.6, 0.7])]);
    expect(table.split('\n')[2]).toBe('| Ratio | 0.60× | 0.50× · 0.60× · 0.70× | ≤ 0.75× | PASS |  |');
  });
});
