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
