// Sort state of the table: a list of keys, the first deciding. Pressing a header sorts by it
// (best first for a metric); pressing it again reverses; Shift adds it as a further key.
import type { SortState } from '../../events/fm-sort-change.js';
import { en, type Messages } from '../../i18n/messages.js';

export type { SortState };

export interface SortableColumn {
  id: string;
  label: string;
  /** The direction of a first press: "best first" for metrics, A→Z for text, newest for dates. */
  firstDirection: SortState['direction'];
}

/** No keys: the ranking order, which is by rank, ascending (what the Rank header then shows). */
export const RANK_ORDER: readonly SortState[] = [{ column: 'rank', direction: 'ascending' }];

const reverse = (d: SortState['direction']): SortState['direction'] => (d === 'ascending' ? 'descending' : 'ascending');

/** The sort keys after a press on `column` (`additive`: Shift was held). */
export function nextSort(keys: readonly SortState[], column: SortableColumn, additive: boolean): SortState[] {
  const index = keys.findIndex((k) => k.column === column.id);
  if (additive) {
    if (index === -1) return [...keys, { column: column.id, direction: column.firstDirection }];
    return keys.map((k, i) => (i === index ? { ...k, direction: reverse(k.direction) } : k));
  }
  if (index === 0 && keys.length === 1) return [{ column: column.id, direction: reverse(keys[0].direction) }];
  return [{ column: column.id, direction: index === 0 ? reverse(keys[0].direction) : column.firstDirection }];
}

/** "Sorted by AUROC, descending, then by Date, ascending." in the reader's language. */
export function describeSort(keys: readonly SortState[], labelOf: (id: string) => string, t: Messages = en): string {
  if (keys.length === 0) return t.inRankingOrder;
  return t.sortedBy(keys.map((k) => `${labelOf(k.column)}, ${t[k.direction]}`));
}
