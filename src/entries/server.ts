// What Node gets for every entry that defines elements (package.json maps them here under the
// `node` condition): the same names, without lit or a DOM, so that a server-side render (Next.js,
// Astro, Docusaurus, a test) can import the package anywhere. Nothing is defined here: the
// elements are defined when the browser loads the real entry. On the server, put the static
// fallback from `fm-leaderboard/render` inside the tag; the browser upgrades it.
export * from '../core/index.js';
export { downloadTable, tableRecords, tableToCsv, tableToJson } from '../elements/leaderboard-table/table-export.js';
// Labels are plain data: a page may register its language's on the server too.
export { registerMessages } from '../i18n/locale.js';
export { en as englishMessages, type AllMessages, type Messages } from '../i18n/messages.js';

const WHY = 'needs a browser: the fm-leaderboard elements are defined when the page loads in one (on a server, render the static fallback with fm-leaderboard/render)';

/** The classes' names exist in Node; constructing one says why it cannot work there. */
function browserOnly(name: string) {
  return class extends Object {
    constructor() {
      super();
      throw new Error(`${name} ${WHY}`);
    }
  };
}

export const FmLeaderboard = browserOnly('FmLeaderboard');
export const FmLeaderboardTable = browserOnly('FmLeaderboardTable');
export const FmPodium = browserOnly('FmPodium');
export const FmMetricExplainer = browserOnly('FmMetricExplainer');
export const FmTierBadge = browserOnly('FmTierBadge');
export const FmScoreDistribution = browserOnly('FmScoreDistribution');

const notHere = (name: string) => (): Promise<never> => Promise.reject(new Error(`${name}() ${WHY}`));
export const loadPodium = notHere('loadPodium');
export const loadMetricExplainer = notHere('loadMetricExplainer');
export const loadTierBadge = notHere('loadTierBadge');
export const loadScoreDistribution = notHere('loadScoreDistribution');
