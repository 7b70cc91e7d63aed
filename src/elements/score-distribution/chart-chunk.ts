// <fm-score-distribution> as a chunk of its own (it is 13 kB of gzip with d3-array): the hub and
// a table's probe curves load it when a chart comes near the viewport, and the page build's
// entry when a page has the tag in it (src/web/autoload.ts).
import { LazyChunk } from '../../internal/lazy.js';

export const chartChunk = new LazyChunk('chart', () => import('./score-distribution.js'));

/** About the height of a chart of `kind` with `rows` models, kept while its chunk loads. */
export function chartHeight(kind: string, rows: number): string {
  if (kind !== 'scores') return '22rem';
  // Past 300 models the chart is a summary with a caption (measured: 257 px at 1280 px wide, 336 at 390).
  return rows > 300 ? '18rem' : `${Math.min(10 + rows * 0.15, 24)}rem`;
}
