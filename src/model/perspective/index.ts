/**
 * Perspectives: the five articles disagree about the same relations, and the explorer lets the
 * user see the graph as all of them tell it, as one article tells it, or two compared. One module
 * per mode (all.ts, one.ts, compare.ts) behind view.ts; the shared statistics and comparison rules
 * in stats.ts; the URL form in url.ts; the wording for people in src/view/perspective-wording.ts.
 */
export * from './types';
export { perspectiveView } from './view';
export { graphStats, graphStatsInSteps } from './stats';
export { comparePair, type PairResult } from './compare';
export { parsePerspective, formatPerspective } from './url';
