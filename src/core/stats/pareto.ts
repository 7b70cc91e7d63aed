// The Pareto frontier of score against size: the models no other model beats, being as small or
// smaller and as good or better (strictly one of the two). "Best score for the size."

export interface SizedScore {
  /** Parameter count. */
  size: number;
  score: number;
}

/** The indices of the points on the frontier, smallest first. `lower`: lower scores are better. */
export function paretoFrontier(points: readonly SizedScore[], lower = false): number[] {
  const better = (a: number, b: number) => (lower ? a < b : a > b);
  const order = points.map((_, i) => i).sort((a, b) => points[a].size - points[b].size || (better(points[a].score, points[b].score) ? -1 : better(points[b].score, points[a].score) ? 1 : 0));
  const frontier: number[] = [];
  // The best score among strictly smaller sizes, and among this size so far.
  let bestSmaller: number | null = null;
  for (let i = 0; i < order.length; ) {
    const size = points[order[i]].size;
    const groupBest = points[order[i]].score;
    let j = i;
    for (; j < order.length && points[order[j]].size === size; j++) {
      const p = points[order[j]];
      if (p.score === groupBest && (bestSmaller === null || better(p.score, bestSmaller))) frontier.push(order[j]);
    }
    if (bestSmaller === null || better(groupBest, bestSmaller)) bestSmaller = groupBest;
    i = j;
  }
  return frontier;
}

export interface UncertainSizedScore extends SizedScore {
  /** The score's interval; null: known exactly (its point). */
  interval: [number, number] | null;
}

/**
 * The points whose place on the frontier depends on noise: within their intervals they could be
 * on it or off it. A point is possibly on the frontier when no point as small or smaller is
 * better even at its worst than this one at its best; surely on it when every such point is
 * worse even at its best than this one at its worst. Doubt is the gap between the two.
 * O(n log n): points by size, the best lower and upper bounds so far.
 */
export function frontierDoubt(points: readonly UncertainSizedScore[], lower = false): Set<number> {
  const doubtful = new Set<number>();
  if (!points.some((p) => p.interval)) return doubtful;
  // Bounds oriented so that larger is better.
  const bounds = points.map((p) => {
    const [low, high] = p.interval ?? [p.score, p.score];
    return lower ? [-high, -low] : [low, high];
  });
  const order = points.map((_, i) => i).sort((a, b) => points[a].size - points[b].size);
  let bestLowBefore = -Infinity; // over strictly smaller sizes
  let bestHighBefore = -Infinity;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && points[order[j]].size === points[order[i]].size) j++;
    const group = order.slice(i, j);
    for (const p of group) {
      // The best bounds among the others of this size, and everything smaller.
      let low = bestLowBefore;
      let high = bestHighBefore;
      for (const q of group) if (q !== p) (low = Math.max(low, bounds[q][0])), (high = Math.max(high, bounds[q][1]));
      const possibly = !(low > bounds[p][1]);
      const surely = high < bounds[p][0];
      if (possibly && !surely) doubtful.add(p);
    }
    for (const q of group) (bestLowBefore = Math.max(bestLowBefore, bounds[q][0])), (bestHighBefore = Math.max(bestHighBefore, bounds[q][1]));
    i = j;
  }
  return doubtful;
}
