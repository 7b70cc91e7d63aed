// A row's details (table-details.ts) as a chunk of its own: fetched when the page is idle after
// the first rows, or as soon as a reader reaches for a row's ▸ (hover, focus); a row opened before
// it is here shows a placeholder, and a retry if it failed.
import { LazyChunk, lazyPlaceholder } from '../../internal/lazy.js';
import type { RankedRow } from '../../core/index.js';
import type { TableContext } from './table-columns.js';

export const detailsChunk = new LazyChunk('row details', () => import('./table-details.js'));

/** The details of an opened row, or their placeholder while the chunk loads. */
export function rowDetails(row: RankedRow, ctx: TableContext, host: { requestUpdate(): void }): unknown {
  const module = detailsChunk.request(host);
  return module ? module.renderDetails(row, ctx) : lazyPlaceholder(detailsChunk, host, '6rem');
}
