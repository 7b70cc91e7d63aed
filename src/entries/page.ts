// Every element, for a page (`fm-leaderboard/page` through a bundler; in the page build, web.ts
// imports it once it has started the page's feeds): the hub and the table defined at once, and
// the rest as chunks, fetched relative to this module when a part nears the viewport, a reader
// reaches for it, or a page puts its tag in: the podium, the metric explainer (with its
// popover), tier badges, charts, the model comparison, rank changes, the tables' Filter, export
// and details. (The core's functions are not exported here: a dynamic import of the whole core
// would keep all of it in the first load. Pages that call the core use
// dist/fm-leaderboard.bundle.js or `fm-leaderboard/core` through a bundler.)
import { FmLeaderboard } from '../elements/leaderboard/leaderboard.js';
import { FmLeaderboardTable } from '../elements/leaderboard-table/leaderboard-table.js';
import { explainerChunk } from '../elements/metric-explainer/explainer-chunk.js';
import { PODIUM_HEIGHT, podiumChunk } from '../elements/podium/podium-chunk.js';
import { chartChunk } from '../elements/score-distribution/chart-chunk.js';
import { tierBadgeChunk } from '../elements/tier-badge/tier-badge-chunk.js';
import { autoload } from './autoload.js';

export { FmLeaderboard, FmLeaderboardTable };
/** Labels for a language the package does not ship (see docs/languages.md). */
export { registerMessages } from '../i18n/locale.js';

/** <fm-score-distribution>, loaded on demand: resolves with its class once it is defined. */
export const loadScoreDistribution = () => chartChunk.get().then((m) => m.FmScoreDistribution);
/** <fm-podium>, loaded on demand. */
export const loadPodium = () => podiumChunk.get().then((m) => m.FmPodium);
/** <fm-metric-explainer>, loaded on demand. */
export const loadMetricExplainer = () => explainerChunk.get().then((m) => m.FmMetricExplainer);
/** <fm-tier-badge>, loaded on demand. */
export const loadTierBadge = () => tierBadgeChunk.get().then((m) => m.FmTierBadge);

// The room each keeps while undefined: about its drawn size, so that nothing below it moves.
autoload(document, {
  'fm-score-distribution': { chunk: chartChunk, room: 'display:block;min-height:12rem' },
  'fm-podium': { chunk: podiumChunk, room: `display:block;min-height:${PODIUM_HEIGHT}` },
  'fm-metric-explainer': { chunk: explainerChunk, room: 'display:inline-block;min-width:1.5em' },
  'fm-tier-badge': { chunk: tierBadgeChunk, room: 'display:inline-block;min-width:6em' },
});
