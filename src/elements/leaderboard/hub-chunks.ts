// The hub's parts that come on demand, each a chunk of its own beside the page build's entry:
// the model comparison (loaded as it nears the viewport) and rank changes (once an older feed
// is given).
import { LazyChunk } from '../../internal/lazy.js';

/** Models a reader can compare at once. */
export const MAX_COMPARED = 4;

export const compareChunk = new LazyChunk('model comparison', () => import('./leaderboard-compare.js'));
export const changesChunk = new LazyChunk('rank changes', () => import('./leaderboard-changes.js'));
