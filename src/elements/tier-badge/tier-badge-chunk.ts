// <fm-tier-badge> as a chunk of its own: the page build's entry defines it when a page has the
// tag in it (src/entries/autoload.ts). Tables draw their badges without the element (tier-badge-view.ts).
import { LazyChunk } from '../../internal/lazy.js';

export const tierBadgeChunk = new LazyChunk('tier badge', () => import('./tier-badge.js'));
