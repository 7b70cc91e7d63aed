// <fm-metric-explainer> as a chunk of its own (with the text it explains and its popover): the hub
// loads it when a benchmark's section comes near the viewport or a reader opens "How are scores
// calculated?" or the cheat sheet, and the page build's entry when a page has the tag in it
// (src/entries/autoload.ts).
import { LazyChunk } from '../../internal/lazy.js';

export const explainerChunk = new LazyChunk('metric explainer', () => import('./metric-explainer.js'));
