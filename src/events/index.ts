export type { FmFilterChangeDetail, FmFilterChangeEvent } from './fm-filter-change.js';
export type { FmRowToggleDetail, FmRowToggleEvent } from './fm-row-toggle.js';
export type { FmSortChangeDetail, FmSortChangeEvent, SortState } from './fm-sort-change.js';
