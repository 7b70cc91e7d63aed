// The CSV/JSON export as a chunk of its own, loaded when a reader reaches for an export button.
import { LazyChunk } from '../../internal/lazy.js';

export const exportChunk = new LazyChunk('export', () => import('./table-export.js'));
