// The hub's part of the message catalogue (see messages.ts): its header, navigation and overall
// view, in English; the static pages of `render` use it too. Apart from messages.ts so that a
// table used alone does not carry the hub's labels.
import type { Messages } from './messages.js';

export const enHub = {
  // Header and navigation
  statLeaderboards: (n: number): string => (n === 1 ? 'leaderboard' : 'leaderboards'),
  statBenchmarks: (n: number): string => (n === 1 ? 'benchmark' : 'benchmarks'),
  statModels: (n: number): string => (n === 1 ? 'model' : 'models'),
  statEvaluations: (n: number): string => (n === 1 ? 'evaluation' : 'evaluations'),
  hubOverview: 'Benchmark hub overview',
  defaultTitle: 'Leaderboard',
  noBenchmarksYet: 'This feed has no benchmarks yet',
  rankingResults: (count: string) => `Ranking ${count} results`,
  showOnlySomeTitle: 'Show only some models or results',
  shownLabel: 'Shown:',
  shownNote: (choice: string) => `${choice.replace(/^./, (c) => c.toUpperCase())}; every table is ranked over these.`,
  whatIsThis: 'What is this?',
  introWhat: 'Models ranked on standardized benchmarks, computed live from the results.',
  howToRead: 'How to read it:',
  introHow: 'each table lists models from best (🥇) down; tiers (⭐ Excellent to 📈 Developing) say what a score means on that benchmark; "How are scores calculated?" gives the rules.',
  sectionsNav: 'Sections of the leaderboard',
  navOverall: 'Overall',
  navOther: 'Other',
  navOtherBenchmarks: 'Other benchmarks',
  navCompare: 'Compare',
  navMetrics: 'Metrics',
  compareModels: 'Compare models',
  // The benchmark sections, before their chunk (sections' own labels: section-messages.ts)
  drawnAsYouScroll: (count: string, n: number) => `${count} ${n === 1 ? 'model' : 'models'}, drawn as you scroll near.`,
  undefinedBenchmarks: 'Results name these benchmarks, but the feed does not define them.',
  metricCheatSheet: 'Metric cheat sheet',
  // The hub's overall view (a feed without suites)
  overallRankings: 'Overall rankings',
  overallView: 'Overall view',
  bestScorePerModel: 'Best score per model',
  meanRank: 'Mean rank',
  bestScoreNote:
    'Each model’s best result on any benchmark, with its metric and benchmark: scores of different metrics are not comparable, so the order uses where each score sits in its metric’s range, direction-aware.',
  meanRankNote: 'Each model’s average rank over the benchmarks it entered (lower is better); a model that entered few benchmarks can look better than it is, so the count is shown.',
  bestScoreCaption: 'Best score per model across all benchmarks',
  meanRankCaption: 'Mean rank per model over the benchmarks it entered',
  bestScore: 'Best score',
  metric: 'Metric',
  benchmark: 'Benchmark',
  leaderboard: 'Leaderboard',
  modality: 'Modality',
  place: 'Place',
  benchmarksEntered: 'Benchmarks entered',
  unratedCount: (n: string) => `${n} unrated`,
  entriesNote: (n: string) => `(${n} leaderboard entries, one per model per benchmark)`,
};

export type HubMessages = typeof enHub;

/** What the hub draws with: the shared part and its own. */
export type HubLabels = Messages & HubMessages;
