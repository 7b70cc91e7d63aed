// The benchmark sections' part of the message catalogue (see messages.ts): what fills a section
// of the hub once drawn (the quick comparison, the chart switch, export, empty states), the
// sentences that say which differences are real (also the compare view's), and the podium's.
// The static pages use the same. Apart, so that each comes with the chunk that shows it.
import { plural } from './plural.js';

export const enSections = {
  // The quick comparison under a table
  quickComparison: 'Quick comparison',
  /** After the leaders' names: "leads with", then "AUROC = 0.93". */
  leadsWith: 'leads with',
  shareLeadWith: 'share the lead with',
  /** The leader's lead over the runner-up is within the noise. */
  ranksFirstWith: 'ranks first with',
  /** Before the runner-up's medal and names: "Gap to 🥈 Geneformer: 0.0150". */
  gapTo: 'Gap to',
  realLead: (evidence: string) => `a real lead (${evidence})`,
  noRealLead: (evidence: string) => `within the noise, not a real lead (${evidence})`,
  spread: 'Spread, best to worst:',
  // What the data says of a gap (the quick comparison's, the compare view's)
  evidence: (level: string, low: string, high: string, how: string) => `${level} % CI ${low} to ${high}, ${how}`,
  pairedOver: (count: string, n: number) => `paired over ${plural(count, n, 'item', 'items')}`,
  separateErrors: 'from their separate standard errors',
  aheadBy: (ahead: string, behind: string, gap: string, evidence: string) => `${ahead} is ahead of ${behind} by ${gap} (${evidence}).`,
  noRealDifference: (a: string, b: string, gap: string, evidence: string) => `No real difference between ${a} and ${b}: ${gap} apart, within the noise (${evidence}).`,
  // The chart switch
  chartOf: (benchmark: string) => `Chart of ${benchmark}`,
  chartScores: 'Score distribution',
  chartSize: 'Score against size',
  chartAgainst: (metric: string) => `Score against ${metric}`,
  chartHistory: 'Score over time',
  chartProbes: 'Robustness probes',
  // Export, in the table's toolbar
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  /** Read after the button's name, for a hub of many tables. */
  exportOf: (benchmark: string) => ` of ${benchmark}`,
  exportFailed: 'Could not load the export code: press again to retry.',
  // States of a section
  noSubmissionsYet: 'No submissions yet.',
  nothingRankedYet: (runs: string, n: number, metric: string | null) => `No result can be ranked yet (${plural(runs, n, 'run', 'runs')} without a usable ${metric ?? 'score'}).`,
  noneWithFacets: (models: string, n: number) => `None of the ${plural(models, n, 'model', 'models')} ranked here has the facets chosen above.`,
  foundIn: (benchmark: string) => `Found in ${benchmark}, by rank:`,
  howCalculated: 'How are scores calculated?',
  // Compare (the heading is the hub's: compareModels)
  pickModels: 'Pick two to four models',
  findModel: 'Find a model',
  compareThese: (n: string, first: boolean) => (first ? `Compare the first ${n}` : `Compare these ${n}`),
  configurationsOf: (model: string) => ` configurations of ${model}`,
  matchesShown: (shown: string, total: string) => `${shown} of ${total} models shown; type to narrow the list.`,
  modelsFound: (count: string, n: number) => `${plural(count, n, 'model', 'models')} found.`,
  chooseTwo: 'Choose at least two models to see them side by side.',
  noSharedBenchmark: 'These models share no benchmark.',
  sideBySide: 'Chosen models side by side; the best of each row is marked',
  best: 'best: ',
  notEntered: 'not entered',
  differencesReal: 'Which differences are real',
  gapsUnknown: 'Whether these gaps are real cannot be said: the feed gives these results no standard error or item count.',
  meanRankJustThese: 'Mean rank over just these benchmarks, only models that entered all of them',
  meanRankOverThese: (benchmarks: string, models: string, n: number) => `Mean rank over these ${benchmarks} benchmarks, among the ${plural(models, n, 'model', 'models')} that entered every one:`,
  // The podium
  podiumOf: (benchmark: string) => `Podium of ${benchmark}`,
  noPodium: (benchmark: string) => `No ranked models on ${benchmark} yet, so no podium`,
  podiumPlace: (ordinal: string, tied: boolean, model: string, metric: string, score: string, tiedWithLeader: boolean) =>
    `${ordinal} place${tied ? ' (tied)' : ''}: ${model}, ${metric} ${score}${tiedWithLeader ? ', statistically tied with #1' : ''}`,
  podiumTie: (leader: string, tied: string[], n: number) => `Statistically tied with #1 (${leader}): ${tied.join(', ')}; the data cannot tell ${n === 1 ? 'it' : 'them'} from the leader.`,
  moreTied: (n: string) => `and ${n} more tied within the top three`,
  copy: 'Copy',
  copyWhat: ' the podium as text',
  copied: 'Copied.',
  copyRefused: 'Copying is not allowed here; select the text instead.',
};

export type SectionMessages = typeof enSections;
