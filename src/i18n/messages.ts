import { relationshipText } from '../core/models/provenance.js';

import type { HubMessages } from './hub-messages.js';
import type { ChangeMessages } from './change-messages.js';
import type { ChartMessages } from './chart-messages.js';
import type { ExplainerMessages } from './explainer-messages.js';
import type { FacetMessages } from './facet-messages.js';
import type { SectionMessages } from './section-messages.js';
import type { SuiteMessages } from './suite-messages.js';

// The message catalogue: every label of the elements, in English, by key, in parts that come
// with what shows them: this one (the table, the facets, the shared states) with the table;
// the hub's own (hub-messages.ts) with the hub. Other languages give
// the same keys (zh-cn.ts ships with the package; a page may register its own, see locale.ts).
// A message is text, or a function of the numbers and names it needs; it is always rendered as
// text (through lit's bindings), never as HTML. Numbers reach it already formatted for the
// reader's language.

export const en = {
  // The table's toolbar
  searchModels: 'Search models',
  searchPlaceholder: 'Name or alias',
  hideBaselines: 'Hide baselines',
  columns: 'Columns',
  columnsToShow: 'Columns to show',
  modelsShown: (shown: string, total: string, n: number) => `${shown} of ${total} ${n === 1 ? 'model' : 'models'}`,
  // Columns: label, and what the header's tooltip says
  rank: 'Rank',
  /** A place in an overall or summary (ties share one). */
  placeColumn: 'Place',
  /** "0.41 to 0.57": an interval. */
  valueRange: (low: string, high: string) => `${low} to ${high}`,
  /** "2 of 3": how many of a whole. */
  ofCount: (n: string, of: string) => `${n} of ${of}`,
  rankHelp: 'Tied rows share a rank',
  model: 'Model',
  modelHelp: 'The leader is crowned',
  group: 'Group',
  groupHelp: 'Models that share a letter cannot be told apart at 95 %',
  tier: 'Tier',
  tierHelp: 'The tier the score earns on this benchmark',
  dataset: 'Dataset',
  datasetHelp: 'The dataset of the ranked run',
  date: 'Date',
  dateHelp: 'When the ranked run was evaluated',
  shiftAddsKey: 'Shift adds a sort key.',
  // Rows
  ordinal: (n: number) => {
    const tens = n % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
    return `${n}${suffix}`;
  },
  tiedFor: (ordinal: string) => `Tied for ${ordinal}`,
  tied: '(tied)',
  rankRange: 'Ranks consistent with the 95 % intervals',
  leader: 'leader',
  baseline: 'baseline',
  selfReported: 'self-reported',
  /** Who ran a result: "third-party evaluation", "self-reported by the model’s developer". */
  relationship: (id: string) => relationshipText(id),
  /** Between two names. */
  and: ' and ',
  caution: 'caution',
  detailsOf: (model: string) => `Details of ${model}`,
  pinToTop: (model: string) => `Pin ${model} to the top`,
  noStandardError: 'No standard error',
  notRun: 'not run',
  // Sorting, as announced
  inRankingOrder: 'In ranking order.',
  sortedBy: (keys: string[]) => `Sorted by ${keys.join(', then by ')}.`,
  ascending: 'ascending',
  descending: 'descending',
  // A row's details
  reported: 'Reported',
  run: 'Run',
  suite: 'Suite',
  samples: 'Train / test samples',
  source: 'Source',
  noOtherRuns: (model: string) => `No other runs of ${model} on this benchmark.`,
  cautionLabel: '⚠ Caution',
  reportedBy: (by: string) => `by ${by}`,
  notShownMore: (count: string, noun: 'runs' | 'results') => `and ${count} more ${noun} not shown`,
  // A metric's header and cells
  metricHelp: (name: string, lower: boolean, role: 'ranks' | 'shown' | 'ties') =>
    `${name}; ${lower ? 'lower' : 'higher'} is better${role === 'ranks' ? ' (ranks this table)' : role === 'shown' ? ' (shown; does not rank)' : ' (breaks ties)'}`,
  intervalTip: (range: string, basis: string | null) => `95 % interval: ${range}${basis ? `; ${basis}` : ''}`,
  /** Where a standard error comes from; `items` is the item count where the run states one. */
  errorBasis: (basis: 'none' | 'binomial' | 'items' | 'clustered' | 'reported', items: string | null) => {
    const over = items ? ` over ${items} items` : '';
    if (basis === 'none') return 'no standard error: the feed gives neither one nor the number of items';
    if (basis === 'binomial') return `standard error derived from the item count (binomial${over})`;
    if (basis === 'items') return `standard error of the mean${over}`;
    if (basis === 'clustered') return `clustered standard error of the mean${over}`;
    return 'standard error as reported';
  },
  // Notes under the table
  noPrimaryDeclared: (metric: string) => `This benchmark declares no primary metric; it is ranked by ${metric}, the metric most of its results report.`,
  undefinedBenchmark: 'The feed does not define this benchmark; its results are shown as reported.',
  couldNotRank: (count: string, n: number) => `${count} ${n === 1 ? 'run' : 'runs'} could not be ranked:`,
  droppedResults: (count: string, n: number) => `${count} ${n === 1 ? 'result' : 'results'} of the feed had errors and were left out:`,
  // Rank changes against an older feed (the rest: change-messages.ts)
  changesFailed: 'Could not load the rank changes.',
  retry: 'Retry',
  // The table as a screen reader hears it
  tableCaption: (benchmark: string, count: string, n: number, metric: string | null) => `${benchmark}: ${count} ${n === 1 ? 'model' : 'models'}${metric ? ` ranked by ${metric}` : ''}`,
  pinned: (model: string) => `${model} pinned to the top.`,
  unpinned: (model: string) => `${model} unpinned.`,
  shownAnnouncement: (shown: string, total: string) => `${shown} of ${total} models shown.`,
  // Facets: the choices of models (by their cards) and of results
  filter: 'Filter',
  filterOn: 'Filter (on)',
  showOnlyModelsWith: 'Show only models with',
  showAll: 'Show all',
  showOnlySome: (facets: string) => `Show only some models or results: ${facets}`,
  ranksBetween: (from: number, to: number) => `(ranks ${from}–${to})`,
  facetStatus: (shown: string, total: string, ranked: string | null) => `${shown} of ${total} models shown, ${ranked ?? 'ranks among all'}.`,
  /**
   * Facet names and values by id, for another language; in English the core's own labels are
   * shown (facets.ts, result-facets.ts), and a value not listed (a modality) as the feed writes it.
   */
  facetNames: {} as Record<string, string>,
  facetValues: {} as Record<string, string>,
  // Tiers: the package's own four by id (in English the core's labels); a feed's own tiers as it names them
  tierLabels: {} as Record<string, string>,
  /** The package's own four tiers' meanings by id (in English the core's). */
  tierMeanings: {} as Record<string, string>,
  unrated: 'Unrated',
  noTierScale: 'No tier scale applies to this metric',
  noScoreToRate: 'No score to rate',
  // The scores a tier covers: "0.90 or more", "from 0.80 to below 0.90"; lower-is-better "above 0.10 up to 0.20"
  orMore: (v: string) => `${v} or more`,
  orLess: (v: string) => `${v} or less`,
  fromToBelow: (from: string, below: string) => `from ${from} to below ${below}`,
  aboveUpTo: (above: string, upTo: string) => `above ${above} up to ${upTo}`,
  below: (v: string) => `below ${v}`,
  above: (v: string) => `above ${v}`,
  anyScore: 'any score',
  /** A tier badge's tooltip: "Good: from 0.80 to below 0.90. Strong performance, real promise." */
  tierTooltip: (tier: string, range: string, meaning: string) => `${tier}${range ? `: ${range}` : ''}.${meaning ? ` ${meaning}.` : ''}`,
  // A part of an element that loads on demand (its name: the English chunk label, or `partNames`)
  loadingPart: (part: string) => `Loading the ${part}…`,
  partFailed: (part: string) => `Could not load the ${part} (the network failed or the file is missing).`,
  partNames: {} as Record<string, string>,
  // A feed that cannot be loaded (a problem's details name the feed's own fields, as they are)
  couldNotLoad: (src: string) => `Could not load ${src}`,
  serverAnswered: (status: string) => `The server answered HTTP ${status}.`,
  requestFailed: (message: string) => `${message || 'The request failed'} (offline, blocked by CORS, or the connection was cut).`,
  tooLarge: (src: string) => `${src} is too large`,
  sizeOverLimit: (size: string, limit: string) => `It has ${size} characters; the limit is ${limit}.`,
  shardHint: 'A feed of several leaderboards can be cut into one file per leaderboard: fm-leaderboard import (or merge, from-hub) -o feed.json --shards always.',
  notAFeed: (src: string) => `${src} is not a feed`,
  itIs: (what: string) => `It is ${what}.`,
  notValidFeed: (name: string) => `${name} is not a valid leaderboard feed`,
  feedProperty: 'the feed property',
  moreProblems: (n: string) => `…and ${n} more problems.`,
  shardUnusable: (url: string) => `The results of this leaderboard (${url}) could not be used`,
  notAUrl: (url: string) => `“${url}” is not a URL.`,
  otherOrigin: (origin: string, own: string) => `It resolves to ${origin}, not the feed’s own origin (${own}); a shard is only fetched from there, over http(s).`,
  /** Ends a status line. */
  fullStop: '.',
  // States every element shares
  noFeedYet: 'No feed yet: set src or feed.',
  loadingFrom: (url: string) => `Loading leaderboard from ${url}…`,
  noSubmissions: 'No submissions yet',
  nothingRanked: 'No result can be ranked',
  unknownBenchmark: 'Unknown benchmark',
  noSuchBenchmark: (id: string, ids: string) => `No benchmark “${id}” in this feed; it has: ${ids}.`,
  noBenchmarks: 'This feed has no benchmarks.',
  couldNotLoadBenchmark: 'Could not load the results of this benchmark',
};

/** A catalogue: every key of the English one, each a text or a function of the same arguments. */
export type Messages = typeof en;

/** All the labels a page may give for a language: every part's keys (this one's, hub-messages.ts', section-messages.ts'). */
export type AllMessages = Messages & HubMessages & SectionMessages & ExplainerMessages & ChartMessages & SuiteMessages & ChangeMessages & FacetMessages;
