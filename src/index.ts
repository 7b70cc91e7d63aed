// fm-leaderboard: every element, defined on import, and the core (also the one-file bundle,
// dist/fm-leaderboard.bundle.js). The page build's entry, with the parts loaded on demand, is
// src/entries/page.ts.
//
// The order below is the order of the modules in the one-file bundle, and gzip compresses
// neighbours together: this order makes it about 850 B smaller than putting the table first
// (measured with size-limit).
export * from './core/index.js';
export type * from './events/index.js';
export { FmMetricExplainer } from './elements/metric-explainer/metric-explainer.js';
export { FmTierBadge } from './elements/tier-badge/tier-badge.js';
export { FmScoreDistribution } from './elements/score-distribution/score-distribution.js';
export { FmPodium } from './elements/podium/podium.js';
export { FmLeaderboardTable } from './elements/leaderboard-table/leaderboard-table.js';
export {
  downloadTable,
  tableRecords,
  tableToCsv,
  tableToJson,
  type ExportRecord,
  type ShownTable,
} from './elements/leaderboard-table/table-export.js';
export { FmLeaderboard } from './elements/leaderboard/leaderboard.js';
export { registerMessages } from './i18n/locale.js';
export { en as englishMessages, type AllMessages, type Messages } from './i18n/messages.js';
