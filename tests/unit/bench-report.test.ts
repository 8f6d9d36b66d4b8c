// The benchmark's arithmetic (bench/report.ts): medians, paired ratios, pass/fail, the table; and its
// switch targets as ratios to bare Cytoscape in the same round (bench/rows.ts).
import { describe, expect, it } from 'vitest';
import { formatTable, median, ratios, summarize } from '../../bench/report';
import type { FrameSample } from '../../bench/probes';
import { importRows, SWITCH_TARGET, type Collected, type ImportRun } from '../../bench/rows';

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

describe('bench switch ratios (bench/rows.ts)', () => {
  const frames = (busy: number): FrameSample[] => [busy, busy, busy].map((b) => ({ busy: b, twoFrames: b + 17, sync: 1, frame: b - 1 }));
  const importRun = (busy: number): ImportRun => ({ import: null, switches: frames(busy), redraws: frames(4), selection: null, rerun: null });
  const collected = (): Collected => ({
    builtin: [],
    bareBuiltin: [],
    barePreset: [],
    // Three app rounds at 5k, the bare page measured in the first only (its fcose layout takes a minute).
    imports: new Map([[5000, [importRun(330), importRun(500), importRun(520)]]]),
    bare: new Map([[5000, [80_000]]]),
    bareSwitchBuiltin: { switches: [], redraws: [] },
    bareSwitch: new Map([[5000, { switches: [frames(300)], redraws: [frames(150)] }]]),
  });

  it('pairs the app switch with the bare one of the same round and checks it against 1.1×', () => {
    const rows = importRows(collected(), 5000, 'bare measured in 1 round(s)');
    const ratio = rows.find((r) => r.id === 'switch-5000-ratio')!;
    expect(ratio.values).toEqual([1.1]);
    expect(ratio.target).toEqual(SWITCH_TARGET);
    expect(ratio.pass).toBe(true);
    // The absolute switch row keeps its numbers but no longer has a target of its own.
    expect(rows.find((r) => r.id === 'switch-5000')!.target).toBeUndefined();
  });

  it('fails the ratio when the app takes more than 1.1× the bare switch', () => {
    const c = collected();
    c.imports.set(5000, [importRun(400)]);
    const ratio = importRows(c, 5000, undefined).find((r) => r.id === 'switch-5000-ratio')!;
    expect(ratio.median).toBeCloseTo(400 / 300);
    expect(ratio.pass).toBe(false);
  });
});
