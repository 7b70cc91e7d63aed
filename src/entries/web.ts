// dist/web/fm-leaderboard.js, the page build's entry: it starts fetching the page's feeds, then
// loads every element (page.ts, with the parts loaded on demand) as chunks beside this file, so
// that the feeds and the code arrive together. Its exports are page.ts's, once the elements are
// defined.
import { sayNotLoaded } from './load-failure.js';
import { startFeeds } from './start-feeds.js';

startFeeds(document);

export const { FmLeaderboard, FmLeaderboardTable, loadMetricExplainer, loadPodium, loadScoreDistribution, loadTierBadge, registerMessages } = await import('./page.js').catch(
  (error: unknown) => {
    sayNotLoaded(document, 'its files beside fm-leaderboard.js', error);
    // The classic loader, which imports this file, need not say it again.
    throw Object.assign(error as object, { fmSaid: true });
  },
);
