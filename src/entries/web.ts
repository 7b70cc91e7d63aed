// dist/web/fm-leaderboard.js, the page build's entry: it starts fetching the page's feeds, then
// loads every element (page.ts, with the parts loaded on demand) as chunks beside this file, so
// that the feeds and the code arrive together. Its exports are page.ts's, once the elements are
// defined.
import { startFeeds } from './start-feeds.js';

startFeeds(document);

export const { FmLeaderboard, FmLeaderboardTable, loadMetricExplainer, loadPodium, loadScoreDistribution, loadTierBadge } = await import('./page.js');
