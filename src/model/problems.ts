/**
 * What can be wrong with a dataset, as data. Every problem names its kind (a stable name
 * tests can match), the file, the item and the field, so a person can find and fix it.
 */

export const PROBLEM_NAMES = [
  'ParseError',
  'SchemaError',
  'DuplicateIdError',
  'DanglingReferenceError',
  'UnknownSourceError',
  'RelationConflictError',
  'ParentCycleError',
  'QuoteNotFoundError',
  'MissingArticleError',
  'EmptyDatasetError',
  'DateError',
] as const;

export type ProblemName = (typeof PROBLEM_NAMES)[number];

export interface Problem {
  readonly name: ProblemName;
  /** The file the item came from (a path, or the name of an imported file). */
  readonly file: string;
  /** The item within the file, e.g. `relations[3] "kellogg--consult--lukashenko"`. */
  readonly item: string;
  /** The field within the item, e.g. `claims[0].quote`; empty when the item as a whole is wrong. */
  readonly field: string;
  readonly message: string;
  /** On the last problem of a capped list (bounds.ts): how many more problems it stands for. */
  readonly omitted?: number;
}

/** How many problems a list stands for: a capped list's last problem counts those it left out (bounds.ts). */
export function countProblems(problems: readonly Problem[]): number {
  return problems.reduce((n, p) => n + (p.omitted ?? 1), 0);
}

/** One line a person can read: `file › item › field: message`. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.item, problem.field].filter((part) => part.length > 0).join(' › ');
  return `${problem.name}: ${where}: ${problem.message}`;
}

/** Thrown where a caller wants an exception; carries every problem found, not just the first. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(readonly problems: readonly Problem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the dataset:\n${problems.map(formatProblem).join('\n')}`);
  }
}
