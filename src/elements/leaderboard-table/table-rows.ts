import { modelMatcher, sortRows, type RankedRow, type SortKey } from '../../core/index.js';
import type { Column } from './table-columns.js';
import type { SortState } from './table-sort.js';

export interface RowFilter {
  query: string;
  hideBaselines: boolean;
  keep?: (row: RankedRow) => boolean;
}

/** Rows whose model matches the search (name, id, aliases), baselines left out if asked, and that an add-on keeps. */
export function filterRows(rows: readonly RankedRow[], { query, hideBaselines, keep }: RowFilter): RankedRow[] {
  const matches = modelMatcher(query); // the query is folded once, not once per row
  return rows.filter((row) => !(hideBaselines && row.model.baseline) && matches(row.model) && (!keep || keep(row)));
}

/**
 * Rows in the order shown: pinned models first, then the rest; each part in the ranking order
 * or by the sort keys (stable, on the underlying values: medals and text never decide).
 */
export function orderRows(rows: RankedRow[], sort: readonly SortState[], columns: readonly Column[], pinned: readonly string[]): RankedRow[] {
  const keys: Array<SortKey<RankedRow>> = sort.flatMap((s) => {
    const column = columns.find((c) => c.id === s.column);
    return column ? [{ value: column.sortValue, descending: s.direction === 'descending' }] : [];
  });
  const sorted = keys.length > 0 ? sortRows(rows, keys) : rows;
  if (pinned.length === 0) return sorted;
  const isPinned = (row: RankedRow) => pinned.includes(row.model.id);
  return [...sorted.filter(isPinned), ...sorted.filter((row) => !isPinned(row))];
}
