/**
 * The perspective in words, for people: the edge pane's one line on whether the articles agree,
 * the comparison's counts, and the names of the kinds of difference. A real disagreement (one
 * article supports a relation, another opposes it) is named apart from the weaker signals,
 * "differ in tone" and "differ in certainty", so a reader can tell an argument from a coding difference.
 */
import type { Claim } from '../model/schema';
import { modalitiesClash, stanceOf, stancesClash, statsOf, toneGapOf, type SourceStats } from '../model/perspective/stats';
import type { CompareCounts, ContestReason, RelationView } from '../model/perspective/types';
import { formatTone } from './format';

/** What each reason is called in the UI. */
export const REASON_WORDS: Readonly<Record<ContestReason, string>> = {
  stance: 'disagree',
  tone: 'differ in tone',
  modality: 'differ in certainty',
};

const MODALITY_VERBS = { reported: 'reports', recommended: 'recommends', speculated: 'speculates' } as const;
const MODALITY_ORDER = ['reported', 'recommended', 'speculated'] as const;
const STANCE_WORDS = { supports: 'supports it', opposes: 'opposes it', both: 'both supports and opposes it' } as const;

/**
 * "share 9, disagree 2, differ 3, only Lawfare 17, only Quincy 22". "share" counts the relations both
 * articles state and agree on; those they disagree on or differ on (also stated by both) are apart.
 */
export function describeCompareCounts(counts: CompareCounts, labelA: string, labelB: string): string {
  return `share ${counts.agree}, disagree ${counts.disputed}, differ ${counts.differ}, only ${labelA} ${counts.onlyA}, only ${labelB} ${counts.onlyB}`;
}

function verbsOf(stats: SourceStats): string {
  const present = new Set(stats.claims.map((c) => c.modality));
  return MODALITY_ORDER.filter((m) => present.has(m))
    .map((m) => MODALITY_VERBS[m])
    .join('/');
}

function listLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

const articles = (n: number): string => (n === 1 ? '1 article' : `${n} articles`);
const mean = (s: SourceStats): number => s.toneSum / s.count;

/** The most telling pair for the reason: opposite stances; the largest tone gap; a modality clash. */
function telling(groups: readonly SourceStats[], reason: ContestReason | undefined): [SourceStats, SourceStats] | undefined {
  let best: [SourceStats, SourceStats] | undefined;
  let bestGap = -1;
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i]!;
      const b = groups[j]!;
      if (reason === 'stance' && !stancesClash(a, b)) continue;
      if (reason === 'modality' && !modalitiesClash(a, b)) continue;
      const gap = toneGapOf(a, b);
      if (gap > bestGap) {
        best = [a, b];
        bestGap = gap;
      }
    }
  }
  return best;
}

function contestLine(a: SourceStats, b: SourceStats, reason: ContestReason | undefined, among: string, label: (id: string) => string): string {
  const verbsA = verbsOf(a);
  const verbsB = verbsOf(b);
  if (reason === 'stance') {
    return `Disagree${among}: ${label(a.source)} ${STANCE_WORDS[stanceOf(a.supports, a.opposes)]} (${verbsA}), ${label(b.source)} ${STANCE_WORDS[stanceOf(b.supports, b.opposes)]} (${verbsB}).`;
  }
  const how = verbsA === verbsB ? '' : ` (${verbsA} vs ${verbsB})`;
  const name = reason === 'modality' ? 'Differ in certainty' : 'Differ in tone';
  return `${name}${among}: ${label(a.source)} ${formatTone(mean(a))} vs ${label(b.source)} ${formatTone(mean(b))}${how}.`;
}

function oneArticleLine(only: SourceStats, view: RelationView, others: readonly string[], label: (id: string) => string): string {
  const name = label(only.source);
  const stance = only.opposes ? `, ${only.supports ? 'both supports and opposes it' : 'opposes it'}` : '';
  const detail = `tone ${formatTone(mean(only))}, ${verbsOf(only)}${stance}`;
  if (others.length === 0) return `Stated by ${name} only (${detail}).`;
  let contest = '';
  if (view.contested) {
    const who = others.length === 1 ? 'it' : 'at least one of them';
    contest =
      view.contestReason === 'stance'
        ? `; ${who} takes the side opposite to ${name}'s`
        : `; ${who} ${view.contestReason === 'modality' ? 'differs in certainty' : 'differs in tone'} from ${name}`;
  }
  return `${name}: ${detail}. Also stated by ${listLabels(others.map(label))}${contest}.`;
}

/**
 * One line for the edge pane, e.g. "Stated by 3 articles; they agree (tones +4 to +6).",
 * "Disagree: Lawfare supports it (reports), Quincy opposes it (reports)." or "Differ in tone:
 * Lawfare −6 vs Quincy +5 (reports vs recommends)." Tones are each article's mean. In compare mode
 * the shown claims are A's then B's, so A is named first. It reads only the view, so in
 * one-article mode it can name the other articles but not their tones.
 */
export function agreementSummary(view: RelationView, sourceLabel: (id: string) => string): string {
  const grouped = new Map<string, Claim[]>();
  for (const claim of view.claims) {
    const list = grouped.get(claim.source);
    if (list) list.push(claim);
    else grouped.set(claim.source, [claim]);
  }
  const groups = [...grouped].map(([source, claims]) => statsOf(source, claims));
  const others = view.sourceIds.filter((s) => !grouped.has(s));
  const alsoOthers = others.length > 0 ? ` Also stated by ${listLabels(others.map(sourceLabel))}.` : '';

  if (groups.length === 0) {
    return others.length > 0 ? `Not in this view; stated by ${listLabels(others.map(sourceLabel))}.` : 'No article states this relation.';
  }
  if (view.contested && groups.length >= 2) {
    const pair = telling(groups, view.contestReason);
    if (pair) {
      const among = groups.length > 2 ? ` among ${articles(groups.length)}` : '';
      return `${contestLine(pair[0], pair[1], view.contestReason, among, sourceLabel)}${alsoOthers}`;
    }
  }
  if (groups.length === 1) return oneArticleLine(groups[0]!, view, others, sourceLabel);

  const tones = groups.map(mean);
  const lo = Math.min(...tones);
  const hi = Math.max(...tones);
  const range = formatTone(lo) === formatTone(hi) ? `tone ${formatTone(lo)}` : `tones ${formatTone(lo)} to ${formatTone(hi)}`;
  const side = groups.every((g) => g.opposes && !g.supports) ? ', all opposing it' : '';
  const who =
    groups.length === 2 ? `${sourceLabel(groups[0]!.source)} and ${sourceLabel(groups[1]!.source)} agree` : `Stated by ${articles(groups.length)}; they agree`;
  return `${who} (${range}${side}).${alsoOthers}`;
}
