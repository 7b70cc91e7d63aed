// The scores a capability index across the leaderboards of a feed is fitted on (see suite-index.ts
// for one suite's): each model's overall in each leaderboard whose overall is a score. Apart from
// suite-index.ts so that a page loads it only with the index view.
import type { ResolvedModel } from '../hub.js';
import type { Suite } from '../types.js';
import { overallPlacer, type SuiteIndexScores } from './suite-index.js';
import type { SuiteStanding } from './suite-standing.js';

/**
 * Across the leaderboards of a feed (each a suite): each model's overall in each leaderboard whose
 * overall is a score on a known scale, placed in its range as above: a benchmark of its own (HAL's
 * GAIA accuracy; the metric's range) or the mean of positions in range (already 0–1). A mean rank
 * or Borda count is a place among those who entered, not a score, so such a leaderboard is left out.
 */
export function acrossIndexScores(standings: ReadonlyArray<{ suite: Suite | null; standing: SuiteStanding }>): SuiteIndexScores {
  const placeable = standings.flatMap(({ suite, standing: s }) => {
    const place = overallPlacer(s);
    return place ? [{ name: suite?.name ?? 'Other', s, place }] : [];
  });
  const position = new Map<string, number>();
  const models: ResolvedModel[] = [];
  const scores: Array<Array<number | null>> = [];
  placeable.forEach(({ s, place }, c) => {
    for (const e of s.entries) {
      let m = position.get(e.model.key);
      if (m === undefined) {
        position.set(e.model.key, (m = models.push(e.model) - 1));
        scores.push(placeable.map(() => null));
      }
      const p = place(e.value);
      scores[m][c] = p === null ? null : Math.min(1, Math.max(0, p));
    }
  });
  return { models, unit: 'leaderboard', columns: placeable.map((c) => c.name), scores };
}
