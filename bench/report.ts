/**
 * The benchmark's arithmetic and its table, kept pure so they are tested without a browser:
 * medians over runs, targets with pass/fail, and the Markdown table `npm run bench` prints and
 * bench/RESULTS.md keeps. Timings themselves are never asserted in tests (the machine is noisy).
 */

export type Unit = 'ms' | 'KB' | '×' | 'B' | '%' | 'px';

export interface Target {
  /** The measured median must be at most (`<=`) or at least (`>=`) this value. */
  readonly op: '<=' | '>=';
  readonly value: number;
}

export interface MetricSpec {
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  readonly target?: Target;
  /** Shown beside the value: how it was measured, or why there is no target. */
  readonly note?: string;
}

export interface MetricResult extends MetricSpec {
  /** One value per run (null: that run timed out or failed). */
  readonly values: readonly (number | null)[];
  readonly median: number | null;
  readonly pass: boolean | null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median of the runs that produced a value; a metric with any failed run is reported with its failures. */
export function summarize(spec: MetricSpec, values: readonly (number | null)[]): MetricResult {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const m = median(present);
  const failedRuns = values.length - present.length;
  let pass: boolean | null = null;
  if (spec.target) {
    if (m === null || failedRuns > present.length) pass = false;
    else pass = spec.target.op === '<=' ? m <= spec.target.value : m >= spec.target.value;
  }
  return { ...spec, values, median: m, pass };
}

/** Per-run ratios a/b (paired runs: both measured in the same round). */
export function ratios(a: readonly (number | null)[], b: readonly (number | null)[]): (number | null)[] {
  return a.map((x, i) => {
    const y = b[i];
    return x === null || x === undefined || y === null || y === undefined || y === 0 ? null : x / y;
  });
}

export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return '—';
  switch (unit) {
    case '×':
      return `${value.toFixed(2)}×`;
    case 'KB':
      return `${value.toFixed(1)} KB`;
    case '%':
      return `${Math.round(value)} %`;
    case 'B':
      return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(2)} MB` : `${(value / 1024).toFixed(0)} KB`;
    case 'px':
      return `${Math.round(value)} px`;
    default:
      return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
  }
}

function formatTarget(target: Target | undefined, unit: Unit): string {
  if (!target) return '';
  return `${target.op === '<=' ? '≤' : '≥'} ${formatValue(target.value, unit)}`;
}

/** A Markdown table: metric, median, the runs, target, pass/fail, note. */
export function formatTable(results: readonly MetricResult[]): string {
  const rows = results.map((r) => [
    r.label,
    formatValue(r.median, r.unit),
    r.values.map((v) => (v === null ? 'x' : formatValue(v, r.unit).replace(/ (ms|KB)$/, ''))).join(' · '),
    formatTarget(r.target, r.unit),
    r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL',
    r.note ?? '',
  ]);
  const header = ['metric', 'median', 'runs', 'target', '', 'how / note'];
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}
