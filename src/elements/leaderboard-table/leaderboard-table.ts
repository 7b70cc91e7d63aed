import { FmLeaderboardTable } from './leaderboard-table.component.js';

export { FmLeaderboardTable };

if (!customElements.get('fm-leaderboard-table')) customElements.define('fm-leaderboard-table', FmLeaderboardTable);

declare global {
  interface HTMLElementTagNameMap {
    'fm-leaderboard-table': FmLeaderboardTable;
  }
}
