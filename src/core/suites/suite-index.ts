// The scores a suite's capability index is fitted on (stats/capability-index.ts): each model's
// ranked score on each of the suite's counted benchmarks, as its position in the metric's range
// (0 the worst end, 1 the best, so that direction and scale no longer differ), null where it did
// not enter. A benchmark whose metric has no bounded range cannot be placed and is left out.
import type { ResolvedModel } from '../hub.js';
import { standing } from '../stats/overall.js';
import type { SuiteStanding } from './suite-standing.js';

export interface SuiteIndexScores {
  models: ResolvedModel[];
  /** What the index is fitted over: a suite's benchmarks, or the leaderboards of a feed. */
  unit: 'benchmark' | 'leaderboard';
  /** Their names, in the order of each model's scores. */
  columns: string[];
  /** `scores[model][column]`, in the order of `models` and `columns`. */
  scores: Array<Array<number | null>>;
}

export function suiteIndexScores(s: SuiteStanding): SuiteIndexScores {
  const benchmarks = s.counted.filter((r) => r.primary && standing(0, r.primary.definition) !== null);
  const position = new Map<ResolvedModel, number>();
  const models: ResolvedModel[] = [];
  const scores: Array<Array<number | null>> = [];
  benchmarks.forEach((ranking, b) => {
    for (const row of ranking.rows) {
      let m = position.get(row.model);
      if (m === undefined) {
        position.set(row.model, (m = models.push(row.model) - 1));
        scores.push(benchmarks.map(() => null));
      }
      const p = standing(row.score, ranking.primary!.definition);
      scores[m][b] = p === null ? null : Math.min(1, Math.max(0, p));
    }
  });
  return { models, unit: 'benchmark', columns: benchmarks.map((r) => r.benchmark.name), scores };
}

/**
 * Where a suite's overall value sits in 0–1, when the overall is a score on a known scale: a
 * benchmark of its own (on its metric's range) or a mean of positions in range (already 0–1).
 * Null for a mean rank or Borda count, which is a place among those who entered, not a score.
 */
export function overallPlacer(s: SuiteStanding): ((value: number) => number | null) | null {
  if (s.method === 'mean') return (value) => value;
  const ranking = s.method === 'benchmark' ? s.overall ?? s.counted[0] : undefined;
  const definition = ranking?.primary?.definition;
  if (!definition || standing(0, definition) === null) return null;
  return (value) => standing(value, definition);
}
