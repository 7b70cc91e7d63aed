// fm-leaderboard/core: the feed format, its validator and the ranking rules. No DOM, no lit.
export * from './types.js';
export { DEFAULT_TIERS, SUPPORTED_MAJOR } from './defaults.js';
export { modelKey } from './identity.js';
export { formatProblem, type Problem } from './feed/problems.js';
export { isIsoDate } from './feed/checks.js';
export { locateJsonError, parseFeedText, type ParsedText } from './feed/parse.js';
export { isWebUrl } from './feed/validate-sections.js';
export { expandResults, OWN_RESULT_FIELDS } from './feed/result-fields.js';
export { loadFeed, validateFeed, type DroppedResult, type LoadedFeed, type ValidationReport } from './feed/validate.js';
export { buildHub, type Hub, type ResolvedModel } from './hub.js';
export { pointValue, readMetric, type Reading } from './ranking/metric-value.js';
export { choosePrimaryMetric, type PrimaryChoice } from './ranking/primary.js';
export {
  rankAll,
  rankBenchmark,
  type BenchmarkRanking,
  type ExcludedResult,
  type MetricRef,
  type RankedRow,
} from './ranking/rank.js';
export { changeMark, changeText, hubChanges, rankChanges, type HubChanges, type RankChange, type RankChanges } from './ranking/rank-changes.js';
export { tierBounds, tierFor, tierScale, type TierBounds, type TierScale, type TierStep } from './ranking/tiers.js';
export { DEFAULT_DECIMALS, supportedDecimals } from './ranking/precision.js';
export { rankRanges, type Estimate } from './ranking/uncertainty.js';
export { binomialError, errorBasisText, itemCounter, statedError, type ErrorBasis, type StandardError } from './ranking/standard-error.js';
export {
  testDifference,
  tieGroupLabel,
  tieGroups,
  TIE_LEVEL,
  type Difference,
  type Tested,
  type TieGroup,
} from './ranking/tie-groups.js';
export { meanStandardError, pairedDifference, type MeanEstimate, type PairedDifference, type PairedOptions } from './stats/paired.js';
export { normalCdf, pValue, Z95 } from './stats/normal.js';
export { normalQuantile, zFor } from './stats/normal-quantile.js';
export { capabilityIndex, capabilitySteps, type CapabilityIndex, type CapabilityOptions } from './stats/capability-index.js';
export { overallPlacer, suiteIndexScores, type SuiteIndexScores } from './suites/suite-index.js';
export { acrossIndexScores } from './suites/across-index-scores.js';
export { storedIndexFit, storeIndex } from './suites/stored-index.js';
export { fitSuiteIndex, STORED_RESAMPLES, withStoredIndexes } from './suites/fit-stored-index.js';
export { groupByModality, groupLabel, type Grouping, type ModalityGroup, type TaskGroup } from './stats/group.js';
export {
  bestScorePerModel,
  meanRanks,
  standing,
  type BestScoreEntry,
  type MeanRankEntry,
  type MeanRankOptions,
} from './stats/overall.js';
export {
  hubStats,
  podium,
  quickComparison,
  tierDistribution,
  type HubStats,
  type PodiumPlace,
  type QuickComparison,
  type TierCount,
  type TierDistribution,
} from './stats/summary.js';
export { ordinal, rankMark } from './table/medals.js';
export { foldText, modelMatcher, modelMatches } from './table/search.js';
export { sortRows, type SortKey, type SortValue } from './table/sort-rows.js';
export { compareText } from './ranking/sort-keys.js';
export { licenceKind, parameterCounts, parameterText, type LicenceKind } from './models/card-metadata.js';
export { facetValues, matchesFacets, modelFacets, type Facet, type FacetId, type FacetSelection, type FacetValue, type ModelFacetId } from './models/facets.js';
export { filterHub, resultChoiceText, resultFacets } from './models/result-facets.js';
export { hasChoice, hasResultChoice, readFacets, RESULT_FACETS, writeFacets, type ResultFacetId } from './models/facet-text.js';
export { relationshipText, resultRelationship } from './models/provenance.js';
export { flagText, rowFlags } from './models/flags.js';
export { displayWidth, graphemes, graphemeWidth, padToWidth, truncateToWidth } from './podium/display-width.js';
export { podiumArt, printableName, type PodiumArtOptions, type PodiumEntry } from './podium/podium-art.js';
export { beeswarm } from './stats/beeswarm.js';
export { frontierDoubt, paretoFrontier, type SizedScore, type UncertainSizedScore } from './stats/pareto.js';
export { linearScale, type LinearScale } from './stats/linear-scale.js';
export { partHub, suiteParts, type ShardContent, type SuitePart } from './suites/suite-feed.js';
export { localizeHub, translationFor } from './text/feed-translations.js';
export { hasTranslations, TRANSLATED_FIELDS } from './text/translated-fields.js';
export { isRelativeReference } from './shards/shard-refs.js';
export { readShard, shardOf, type ShardFile, type ShardReading } from './shards/shards.js';
export { cardsNamed, unionCards } from './shards/shard-models.js';
export { DEFAULT_MIN_SHARE, suiteStanding, type StandingEntry, type StandingMethod, type SuiteStanding } from './suites/suite-standing.js';
export { overallIntervals, overallIntervalSteps, type IntervalOptions } from './suites/overall-intervals.js';
export { acrossSuites, type AcrossEntry } from './suites/across-suites.js';
