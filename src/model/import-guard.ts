/**
 * What the import accepts before any parsing, and how its refusals read. Files over
 * MAX_IMPORT_BYTES (25 MB) are refused from their size alone, without reading them: our own
 * exports are a few hundred kilobytes, and a page that reads and validates a much larger file
 * would hold hundreds of megabytes for nothing. The problems summary shows the first 20
 * problems, each as `file › item › field: message`, and counts the rest.
 */
import { countProblems, type Problem, type ProblemName } from './problems';

/** The largest file the explorer imports: 25 MB (25 × 1024 × 1024 bytes). */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

/** How many problems the UI lists before "and N more". */
export const PROBLEMS_SHOWN = 20;

export type SizeCheck = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** 1536 -> "1.5 KB", 52428800 -> "50.0 MB" (binary units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Refuses an empty file or one over `limit` bytes, with a message that names the file and the limit. */
export function checkImportSize(file: { readonly name: string; readonly size: number }, limit: number = MAX_IMPORT_BYTES): SizeCheck {
  if (file.size === 0) return { ok: false, message: `“${file.name}” is empty: there is nothing to import.` };
  if (file.size > limit) {
    return {
      ok: false,
      message:
        `“${file.name}” is ${formatBytes(file.size)}; the explorer imports files of up to ${formatBytes(limit)}. ` +
        'Export a smaller part of the graph, or remove what the graph does not need.',
    };
  }
  return { ok: true };
}

export interface ProblemLine {
  readonly name: ProblemName;
  /** `file › item › field: message` (the empty parts left out). */
  readonly text: string;
}

export interface ProblemSummary {
  /** e.g. `“data.json” was not imported: 27 problems. The current graph is unchanged.` */
  readonly headline: string;
  /** The first PROBLEMS_SHOWN problems. */
  readonly lines: readonly ProblemLine[];
  /** How many more problems there are. */
  readonly more: number;
  /** e.g. "…and 7 more problems."; empty when there are none. */
  readonly moreText: string;
}

/** One problem as a person reads it: `file › item › field: message`. */
export function problemLine(problem: Problem): string {
  const where = [problem.file, problem.item, problem.field].filter((part) => part.length > 0).join(' › ');
  return where.length > 0 ? `${where}: ${problem.message}` : problem.message;
}

/** The failure message the import panel shows: a headline, the first `limit` problems, and a count of the rest. */
export function summarizeProblems(fileName: string, problems: readonly Problem[], limit: number = PROBLEMS_SHOWN): ProblemSummary {
  // A capped list's last problem stands for the ones left out (bounds.ts): count them all, list the others.
  const count = countProblems(problems);
  const lines = problems
    .filter((p) => p.omitted === undefined)
    .slice(0, limit)
    .map((p) => ({ name: p.name, text: problemLine(p) }));
  const more = Math.max(0, count - lines.length);
  return {
    headline: `“${fileName}” was not imported: ${count} ${count === 1 ? 'problem' : 'problems'}. The current graph is unchanged.`,
    lines,
    more,
    moreText: more === 0 ? '' : `…and ${more} more ${more === 1 ? 'problem' : 'problems'}.`,
  };
}
