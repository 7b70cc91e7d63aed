// The charts' part of the message catalogue (see messages.ts): <fm-score-distribution>'s
// distribution, trade-off, history and probe charts, their captions, axes, points and the
// tables that say the same to a screen reader. It comes with the charts' chunk.
import type { Messages } from './messages.js';
import { plural } from './plural.js';

const better = (lower: boolean) => `${lower ? 'lower' : 'higher'} is better`;

export const enCharts = {
  // The distribution
  scoresOn: (benchmark: string) => `Scores on ${benchmark}`,
  scoresDesc: (models: string, metric: string, lower: boolean, leader: string, score: string) =>
    `${models} models by ${metric}, ${better(lower)}, best on the right. Leader: ${leader} with ${score}.`,
  anotherRun: ' (another run)',
  rankN: (rank: number) => `rank ${rank}`,
  scoresCaption: (benchmark: string, metric: string, summary: { leaders: number; last: number; models: string } | null) =>
    `Scores on ${benchmark} (${metric})${summary ? `: the ${summary.leaders} best and the ${summary.last} last of ${summary.models} models` : ''}`,
  otherRuns: 'Other runs',
  baselineMark: ' (baseline)',
  spreadCaption: (models: string, metric: string) => `How the ${models} models' ${metric} is spread`,
  places: { best: 'Best', top10: 'Top 10 %', top25: 'Top 25 %', median: 'Median', bottom25: 'Bottom 25 %', bottom10: 'Bottom 10 %', last: 'Last' },
  binsNote: (models: string, leaders: number, last: number) => `${models} models: the ${leaders} best and the ${last} last as dots, the bars count the models at each score.`,
  legendLeader: 'Leader',
  legendModel: 'Model (best run)',
  legendBaseline: 'Baseline',
  legendTiers: 'Shaded: tiers',
  noScores: 'No scores to show yet',
  noProbes: 'No robustness probes in these results',
  noBenchmark: 'No benchmark',
  oneBenchmark: (kind: string) => `kind="${kind}" draws one benchmark: set the benchmark attribute.`,
  // Two-axis charts
  xBetter: (metric: string, lower: boolean) => `${metric}, ${better(lower)} →`,
  yBetter: (metric: string, lower: boolean) => `↑ ${metric}, ${better(lower)}`,
  shadedSquares: (count: string, n: number, unit: 'model' | 'run', marked: string) =>
    `${plural(count, n, unit, `${unit}s`)} drawn as shaded squares, darker where more fall; the ${marked} marked are points.`,
  notPlaced: (what: string) => `Not placed: ${what}.`,
  // Score against size or a reported metric (cost)
  parameters: 'parameters',
  parametersColumn: 'Parameters',
  sizeNoun: 'size',
  noSize: 'no size stated',
  sizesNotSaid: (sizes: string) => `sizes ${sizes}: which one ran is not stated`,
  noValue: (metric: string) => `no ${metric}`,
  notAboveZero: (metric: string, value: string) => `${metric} ${value}: a log axis starts above 0`,
  against: (metric: string, axis: string, benchmark: string) => `${metric} against ${axis}, ${benchmark}`,
  noneSized: (benchmark: string, axis: string | null) => `No model on ${benchmark} ${axis ? `reports a ${axis} above 0` : 'states a single size'}, so none is placed.`,
  frontierCaption: (metric: string, noun: string, benchmark: string, placed: string, models: string, frontier: string) =>
    `${metric} against ${noun} on ${benchmark}: ${placed} of ${models} models placed; the frontier (best score for the ${noun}) runs through ${frontier}.`,
  frontierMany: (first: string, last: string, n: string) => `${first}, …, ${last} (${n} models; the table lists them)`,
  frontierDoubt: (count: string, n: number) =>
    `${count} ${n === 1 ? 'model is' : 'models are'} on or off the frontier within the noise (dashed ring): within ${n === 1 ? 'its' : 'their'} score's interval, ${n === 1 ? 'it' : 'they'} could be either.`,
  onFrontier: 'on the frontier',
  offFrontier: 'off the frontier',
  withinNoise: (where: string) => `${where}, within the noise`,
  logScale: (axis: string) => `${axis} (log scale) →`,
  frontierTable: (metric: string, noun: string, benchmark: string) => `The frontier of ${metric} against ${noun} on ${benchmark}`,
  // Score over time
  overTime: (metric: string, benchmark: string) => `${metric} over time, ${benchmark}`,
  noneDated: (benchmark: string) => `No run on ${benchmark} is dated, so none is placed.`,
  historyCaption: (metric: string, benchmark: string, runs: string, nRuns: number, from: string, to: string, records: string, nRecords: number, latest: string, by: string, on: string) =>
    `${metric} over time on ${benchmark}: ${plural(runs, nRuns, 'run', 'runs')} from ${from} to ${to}; ${plural(records, nRecords, 'record', 'records')}, the latest ${latest} by ${by} (${on}).`,
  dateAxis: 'date →',
  setRecord: 'set a record',
  undated: (runs: string, n: number) => plural(runs, n, 'run', 'runs') + ' without a date',
  recordsOf: (metric: string, benchmark: string) => `The records of ${metric} on ${benchmark}`,
  dateColumn: 'Date',
  // Robustness probes
  probeName: (probe: string, benchmark: string) => `Probe ${probe}, ${benchmark}`,
  probeCaption: (probe: string, benchmark: string, curves: string, n: number, models: string, levels: string, unit: string | undefined) =>
    `Probe ${probe} on ${benchmark}: ${plural(curves, n, 'curve', 'curves')} (${models}) over ${levels} levels${unit ? ` of ${unit}` : ''}; the band is ± one standard deviation where the run gives it.`,
  probesDrawn: (drawn: string, left: string, n: number) =>
    `The ${drawn} best-ranked models are drawn; ${plural(left, n, 'more model', 'more models')} with probes ${n === 1 ? 'has' : 'have'} curves in ${n === 1 ? 'its' : 'their'} details row of the table.`,
  atLevel: (value: string, level: string) => `${value} at ${level}`,
  level: 'level',
  meanScore: '↑ mean score',
  probeTable: (probe: string) => `Probe ${probe}: the mean at each level, and rAUC`,
  curve: 'Curve',
};

export type ChartMessages = typeof enCharts;

/** What the charts draw with: the shared part (rank, model, tier, unrated) and their own. */
export type ChartLabels = Messages & ChartMessages;
