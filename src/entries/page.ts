// The page build's entry, dist/web/fm-leaderboard.js: every element, with what a first screen
// shows loaded at once (the hub's shell, tables, podiums, tier badges, the explainer's button)
// and the rest as chunks beside it, fetched relative to this file when a part nears the viewport
// or a reader reaches for it: the charts, the model comparison, rank changes, the tables' Filter,
// export and details, the explainer's popover. (The core's functions are not exported here: a
// dynamic import of the whole core would keep all of it in the first load. Pages that call the
// core use dist/fm-leaderboard.bundle.js or `fm-leaderboard/core` through a bundler.)
import { FmLeaderboard } from '../elements/leaderboard/leaderboard.js';
import { FmLeaderboardTable } from '../elements/leaderboard-table/leaderboard-table.js';
import { FmMetricExplainer } from '../elements/metric-explainer/metric-explainer.js';
import { FmPodium } from '../elements/podium/podium.js';
import { FmTierBadge } from '../elements/tier-badge/tier-badge.js';
import { chartChunk } from '../elements/score-distribution/chart-chunk.js';
import { autoloadCharts } from './autoload.js';

export { FmLeaderboard, FmLeaderboardTable, FmMetricExplainer, FmPodium, FmTierBadge };

/** <fm-score-distribution>, loaded on demand: resolves with its class once it is defined. */
export const loadScoreDistribution = () => chartChunk.get().then((m) => m.FmScoreDistribution);

autoloadCharts(document);
