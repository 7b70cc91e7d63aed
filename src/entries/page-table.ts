// dist/web/fm-leaderboard-table.js: the table element alone, for a page that shows tables and
// nothing else of the hub. It shares its chunks with dist/web/fm-leaderboard.js.
export { FmLeaderboardTable } from '../elements/leaderboard-table/leaderboard-table.js';
