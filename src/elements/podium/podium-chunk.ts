// <fm-podium> as a chunk of its own: the hub draws a benchmark's podium when its section comes
// near the viewport, and the page build's entry defines it when a page has the tag in it
// (src/entries/autoload.ts).
import { LazyChunk } from '../../internal/lazy.js';

export const podiumChunk = new LazyChunk('podium', () => import('./podium.js'));

/** About the height of a drawn podium (its art and caption), kept while its chunk loads. */
export const PODIUM_HEIGHT = '11rem';
