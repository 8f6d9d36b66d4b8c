/**
 * The few most central actors of what is drawn, for the overview pane: one pass that keeps the
 * best `count`, instead of sorting every actor on every perspective switch (5,000 in a large import).
 * Ties keep the order in which the actors come.
 */
export function mostCentral<M extends { readonly betweenness: number }>(
  metrics: ReadonlyMap<string, M>,
  include: (id: string) => boolean,
  count: number,
): [string, M][] {
  const best: [string, M][] = [];
  if (count <= 0) return best;
  for (const entry of metrics) {
    if (!include(entry[0])) continue;
    const value = entry[1].betweenness;
    if (best.length === count && value <= best[best.length - 1]![1].betweenness) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]![1].betweenness < value) at--;
    best.splice(at, 0, entry);
    if (best.length > count) best.pop();
  }
  return best;
}
