import '../leaderboard-table/leaderboard-table.js';
import { FmLeaderboard } from './leaderboard.component.js';

export { FmLeaderboard };

if (!customElements.get('fm-leaderboard')) customElements.define('fm-leaderboard', FmLeaderboard);

declare global {
  interface HTMLElementTagNameMap {
    'fm-leaderboard': FmLeaderboard;
  }
}
