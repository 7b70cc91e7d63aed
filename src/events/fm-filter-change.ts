import type { FacetSelection } from '../core/index.js';

export interface FmFilterChangeDetail {
  /** The search text (a table's; '' from <fm-leaderboard>). */
  query: string;
  /** Whether baselines are hidden (a table's; false from <fm-leaderboard>). */
  hideBaselines: boolean;
  /** The facet values chosen (type, licence, size, modality): the hub's bar's, or a table's Filter's. */
  facets?: FacetSelection;
}

/** Fired when the user changes a table's search, baseline toggle or facets, or the hub's facets. */
export type FmFilterChangeEvent = CustomEvent<FmFilterChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'fm-filter-change': FmFilterChangeEvent;
  }
}
