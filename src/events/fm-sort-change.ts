/** One sort key of a table: a column id and its direction (as in aria-sort). */
export interface SortState {
  column: string;
  direction: 'ascending' | 'descending';
}

export interface FmSortChangeDetail {
  /** The keys in order: the first decides, the next break its ties. */
  keys: SortState[];
}

/** Fired when the user sorts a table (click, Enter or Space on a header; Shift adds a key). */
export type FmSortChangeEvent = CustomEvent<FmSortChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'fm-sort-change': FmSortChangeEvent;
  }
}
