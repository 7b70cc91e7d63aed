// The scores a suite's capability index is fitted on (stats/capability-index.ts): each model's
// ranked score on each of the suite's counted benchmarks, as its position in the metric's range
// (0 the worst end, 1 the best, so that direction and scale no longer differ), null where it did
// not enter. A benchmark whose metric has no bounded range cannot be placed and is left out.
import type { ResolvedModel } from '../hub.js';
import type { BenchmarkRanking } from '../ranking/rank.js';
import { standing } from '../stats/overall.js';
import type { SuiteStanding } from './suite-standing.js';

export interface SuiteIndexScores {
  models: ResolvedModel[];
  benchmarks: BenchmarkRanking[];
  /** `scores[model][benchmark]`, in the order of `models` and `benchmarks`. */
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
  return { models, benchmarks, scores };
}
