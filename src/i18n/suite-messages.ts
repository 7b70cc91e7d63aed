// The leaderboards' part of the message catalogue (see messages.ts): a feed of several
// leaderboards (suites): the switcher, a suite's head, its overall (how it is computed, its
// table, intervals and coverage rule), the matrix, the capability index and the overview across
// leaderboards. The static pages say the same. It comes with the suites' chunks.
import { plural } from './plural.js';

export const enSuites = {
  // The switcher and a suite's head
  leaderboardsHere: 'Leaderboards in this feed',
  leaderboardsInFeed: (count: string, n: number) => `${plural(count, n, 'leaderboard', 'leaderboards')} in this feed`,
  findLeaderboard: 'Find a leaderboard',
  benchmarksCount: (count: string, n: number) => plural(count, n, 'benchmark', 'benchmarks'),
  acrossLeaderboards: 'Across leaderboards',
  inTwoOrMore: 'models in two or more',
  noLeaderboardMatches: (query: string) => `No leaderboard matches “${query}”.`,
  otherBenchmarks: 'Other benchmarks',
  inNoLeaderboard: 'Benchmarks of this feed that belong to none of its leaderboards.',
  leaderboardPage: 'the leaderboard’s page',
  version: (v: string) => `version ${v}`,
  benchmarksGroup: 'Benchmarks',
  loadingResultsOf: (name: string, size: string) => `Loading the results of ${name}${size}…`,
  tryAgain: 'Try again',
  resultsCount: (count: string, n: number) => plural(count, n, 'result', 'results'),
  // How a suite's overall is computed
  declaresNone: 'The leaderboard declares no overall of its own; shown here: ',
  itsBenchmark: 'its benchmark',
  byBenchmark: (chosen: string, benchmark: string | null, declared: boolean) =>
    `${chosen}${benchmark ? `“${benchmark}”` : 'its benchmark'}, ranked like any benchmark${declared ? ': the leaderboard’s own overall score' : ''}.`,
  byMean: (chosen: string, benchmarks: string, n: number, unplaceable: string, nUnplaceable: number) =>
    `${chosen}The mean, over the ${plural(benchmarks, n, 'benchmark', 'benchmarks')} a model entered, of where its score sits in each metric’s range (0 the worst end, 1 the best), so that metrics of different scales and directions can be averaged${nUnplaceable ? `; ${unplaceable} benchmark${nUnplaceable === 1 ? ' has' : 's have'} no bounded range and ${nUnplaceable === 1 ? 'is' : 'are'} left out` : ''}.`,
  byBorda: (chosen: string, benchmarks: string, n: number) =>
    `${chosen}A Borda count over ${plural(benchmarks, n, 'benchmark', 'benchmarks')}: on each benchmark a model gets one point for every model ranked below it, summed (a benchmark not entered gives none).`,
  byMeanRank: (chosen: string, benchmarks: string, n: number) =>
    `${chosen}Each model’s mean rank over the ${plural(benchmarks, n, 'benchmark', 'benchmarks')} it entered (lower is better); a model that entered few can look better than it is, so the count is shown.`,
  coverage: (minimum: string, counted: string, apart: string, nApart: number) =>
    `A model must have entered at least ${minimum} of the ${counted} benchmarks to be ranked; ${
      nApart === 0 ? 'every model here did.' : `${apart} ${nApart === 1 ? 'model that entered fewer is' : 'models that entered fewer are'} listed apart, with how many ${nApart === 1 ? 'it' : 'they'} entered.`
    }`,
  // Its overall table
  overallRanking: 'Overall ranking',
  overallRankingOf: (label: string) => `Overall ranking: ${label}`,
  overallRankingOfSuite: (suite: string) => `Overall ranking of ${suite}`,
  scoreLabel: 'Score',
  meanPositionInRange: 'Mean position in range',
  bordaPoints: 'Borda points',
  meanRankLabel: 'Mean rank',
  interval95: '95 % interval',
  benchmarksEnteredColumn: 'Benchmarks entered',
  indexColumn: 'Capability index (95 % interval)',
  noIntervalBenchmark: 'No 95 % interval: its results state neither a standard error nor how many items each was scored on.',
  noIntervalOne: 'No 95 % interval: one benchmark counts, and its results state no standard error.',
  ownInterval: 'The 95 % interval is the benchmark’s own.',
  resampledInterval: (benchmarks: string, noisy: boolean) =>
    `The 95 % interval shows how much the overall could move with another draw of benchmarks like these (200 resamples of the ${benchmarks} benchmarks${noisy ? ', each score also moved by its standard error' : ''}).`,
  andMore: (names: string, more: string) => `${names}, and ${more} more`,
  notRankedFewer: (minimum: string, names: string) => `Not ranked, fewer than ${minimum} benchmarks entered: ${names}.`,
  lead: (leaders: string, shared: boolean, margin: string, unit: 'ranks' | 'points' | '') =>
    `${leaders} ${shared ? 'share the lead' : 'leads'}; the next place is ${margin}${unit ? ` ${unit}` : ''} behind.`,
  topThree: 'Top three',
  noResultYet: 'No model has a result here yet.',
  everyModelOn: (benchmark: string) => `Every model on ${benchmark}`,
  itsTableBelow: ': its table below.',
  // The views of a suite's overall
  overallViewSwitch: 'Overall view',
  rankingView: 'Ranking',
  matrixView: 'Matrix: every benchmark',
  indexView: 'Capability index',
  // The matrix
  columnsShown: (shown: string, all: string) => `Columns: ${shown} of ${all} benchmarks shown`,
  hideAll: 'Hide all',
  average: 'Average',
  matrixCaption: (average: string) => `Every model’s score on every benchmark shown, with the ${average.toLowerCase()} of the columns shown`,
  overallMark: '(overall)',
  shading: (average: string, lessOverall: boolean, positions: boolean) =>
    `Shading: where each score sits in its metric’s range (stronger is better); the ${average.toLowerCase()} counts only the columns shown${lessOverall ? ', less the overall' : ''}${positions ? ' (positions, because their metrics differ in range or direction)' : ''}.`,
  modelsByBenchmark: 'Models by benchmark',
  // The capability index
  capabilityIndex: 'Capability index',
  capabilityIndexOfSuite: (suite: string) => `Capability index of ${suite}`,
  indexAcross: 'Capability index across leaderboards',
  indexSentence: (count: string, unit: 'benchmark' | 'leaderboard', minimum: string) => {
    const over = unit === 'benchmark' ? `the ${count} benchmarks` : `the overall scores of the ${count} leaderboards`;
    return (
      `A capability index: one number per model, fitted over ${over} with an item-response model in which each ${unit} has its own difficulty and discrimination, so that a model is not rewarded for running only the easier ${unit}s. ` +
      `0 is the average model and higher is more capable; a gap between two models means the same on easy and hard ${unit}s. ` +
      `The 95 % interval comes from 200 resamples of the ${unit}s and is wider for a model that ran fewer; a model that ran fewer than ${minimum} has no index.`
    );
  },
  benchmarksRun: 'Benchmarks run',
  leaderboardsEntered: 'Leaderboards entered',
  noIndexFewer: (minimum: string, unit: 'benchmark' | 'leaderboard', names: string) => `No index, fewer than ${minimum} ${unit === 'benchmark' ? 'benchmarks run' : 'leaderboards entered'}: ${names}.`,
  indexNeedsBenchmarks: (n: string) => `A capability index needs two or more benchmarks whose metrics have a bounded range; this leaderboard has ${n}.`,
  indexNeedsLeaderboards: (n: string) => `A capability index needs two or more leaderboards whose overall is a score on a bounded range; this feed has ${n}.`,
  indexFailed: (error: string) => `The capability index could not be fitted: ${error}`,
  fitting: (done: string, of: string) => `Fitting the capability index: ${done} of ${of} resamples…`,
  fittedLive: (scores: string) => `With ${scores} scores, the index is fitted in the live page (its fit takes seconds), not here.`,
  // Across leaderboards
  acrossView: 'Across leaderboards view',
  meanPlace: 'Mean place',
  placeInEach: 'Place in each leaderboard',
  acrossCaption: 'Models in two or more leaderboards, by mean place',
  acrossNote:
    'Models placed in two or more of this feed’s leaderboards, by their mean place within the leaderboards they entered (lower is better); leaderboards measure different things, so this says only how a model places where it was tested.',
  placeOf: (suite: string, place: string, of: string) => `${suite}: ${place} of ${of}`,
  placesSeparator: '; ',
  rankingEvery: (ranked: string, of: string) => `Ranking every leaderboard: ${ranked} of ${of}…`,
  loadingEvery: (settled: string, of: string) => `Loading every leaderboard’s results: ${settled} of ${of} files…`,
  leftOutFailed: (names: string) => `Left out: ${names}, whose results could not be loaded.`,
  noneInTwo: 'No model is placed in more than one leaderboard.',
  modelsAcross: 'Models across leaderboards',
  scrollForMore: (models: string, n: number) => `${plural(models, n, 'model', 'models')}; scroll the table for more.`,
  // The index page of `page --per-suite`
  leaderboardsTable: 'The leaderboards of this feed',
  publishedBy: 'Published by',
  benchmarksColumn: 'Benchmarks',
  modelsColumn: 'Models',
  leaderColumn: 'Leader',
};

export type SuiteMessages = typeof enSuites;
