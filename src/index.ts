// fm-leaderboard: every element, defined on import, and the core.
export * from './core/index.js';
export type * from './events/index.js';
export { FmLeaderboardTable } from './elements/leaderboard-table/leaderboard-table.js';
export {
  downloadTable,
  tableRecords,
  tableToCsv,
  tableToJson,
  type ExportRecord,
  type ShownTable,
} from './elements/leaderboard-table/table-export.js';
export { FmTierBadge } from './elements/tier-badge/tier-badge.js';
export { FmPodium } from './elements/podium/podium.js';
export { FmMetricExplainer } from './elements/metric-explainer/metric-explainer.js';
export { FmScoreDistribution } from './elements/score-distribution/score-distribution.js';
export { FmLeaderboard } from './elements/leaderboard/leaderboard.js';
