// The metric explainer's part of the message catalogue (see messages.ts): what a metric is, its
// tiers, a benchmark's facts and its ranking rules as the core applied them. The static pages say
// the same. A rule with a strong part is a list of text and `{ strong }` (both shown as text).
import type { Rich } from '../render/benchmark-text.js';
import { plural } from './plural.js';

export const enExplainer = {
  // A metric's facts
  whatItMeasures: 'What it measures',
  undescribedMetric: 'The feed does not describe this metric.',
  range: 'Range',
  rangeBoth: (min: string, max: string) => `${min} to ${max}`,
  rangeFrom: (min: string) => `${min} or more`,
  rangeUpTo: (max: string) => `up to ${max}`,
  direction: 'Direction',
  lowerIsBetter: 'Lower is better',
  higherIsBetter: 'Higher is better',
  example: 'Example',
  // Its tiers
  score: 'Score',
  meaning: 'Meaning',
  noTiers: (metric: string, lower: boolean) => `No tiers: ${metric} ${lower ? 'is lower-is-better with no upper bound' : 'has no known upper bound'}, and this benchmark declares no targets.`,
  ownTargets: (benchmark: string) => `${benchmark}'s own targets`,
  feedTiers: 'the feed’s tier scale',
  mirroredTiers: 'the tier scale, mirrored because lower is better',
  tiersCaption: (benchmark: string | null, source: string) => `Tiers${benchmark ? ` on ${benchmark}` : ''} (from ${source})`,
  // A benchmark's facts
  task: 'Task',
  datasets: 'Datasets',
  typicalSampleSize: 'Typical sample size',
  aboutSamples: (n: string) => `about ${n} samples per run (train + test)`,
  primaryMetric: (metric: string) => `Primary metric: ${metric}`,
  howRanked: 'How models are ranked here',
  nothingToRank: 'No result reports a number yet, so there is nothing to rank.',
  overallHeading: 'Overall rankings',
  everyMetric: 'Every metric of this leaderboard',
  howEachOverall: '(how each leaderboard’s is computed)',
  capabilityIndexOf: (suite: string) => `${suite}: capability index`,
  // The ranking rules
  rankedBy: (metric: string, lower: boolean, declared: boolean): Rich => [
    'Ranked by ',
    { strong: metric },
    ` (${lower ? 'lower' : 'higher'} is better)`,
    declared ? '.' : '; this benchmark declares no primary metric, so the metric most of its results report is used.',
  ],
  tieBreakers: (metric: string, breakers: Array<{ id: string; lower: boolean }>): Rich => [
    `Equal ${metric} scores are separated by `,
    ...breakers.flatMap((m, i) => [i > 0 ? ', then ' : '', { strong: m.id }, ` (${m.lower ? 'lower' : 'higher'} is better)`]),
    '; models still equal share a rank.',
  ],
  noTieBreakers: (metric: string) => `No tie-breaking metrics are declared: models with equal ${metric} share a rank.`,
  oneRowPerModel: (runs: string, nRuns: number, models: string, nModels: number) =>
    `One row per model: its best run counts (${plural(runs, nRuns, 'run', 'runs')} from ${plural(models, nModels, 'model', 'models')}); its other runs are in the row's details. Model ids that differ only in case, or are aliases, are one model.`,
  leftOut: (runs: string, n: number, metric: string) => `${runs} ${n === 1 ? 'run was' : 'runs were'} left out: no usable ${metric} value (the table lists them).`,
  rankRanges: 'Where results give an interval, the rank range shows every rank the intervals allow.',
  noErrors: 'No result gives a standard error or the number of items it was scored on, so which of these differences are real cannot be said.',
  binomial: (every: boolean, models: string, n: number) =>
    `${every ? 'Every ± is' : `The ± of ${plural(models, n, 'model', 'models')} is`} derived from the number of items the run was scored on: the binomial standard error of a proportion.`,
  withoutError: (models: string, n: number) =>
    `${plural(models, n, 'model', 'models')} ${n === 1 ? 'has' : 'have'} no standard error (neither one nor an item count is given) and ${n === 1 ? 'is' : 'are'} in no group.`,
  groupRule: (group: string): Rich => [
    { strong: group },
    ': models that share a letter cannot be told apart at 95 %. Each pair is tested on its difference paired over the items both ran where the feed has it, else from their two standard errors; the tests are not adjusted for their number.',
  ],
  // The explainer element
  aboutMetric: (metric: string) => `About ${metric}`,
  noMetric: 'No metric',
  setMetric: 'Set the metric attribute to a metric id of the feed.',
};

export type ExplainerMessages = typeof enExplainer;
