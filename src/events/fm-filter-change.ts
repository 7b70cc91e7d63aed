export interface FmFilterChangeDetail {
  /** The search text. */
  query: string;
  /** Whether baselines are hidden. */
  hideBaselines: boolean;
}

/** Fired when the user changes a table's search or baseline toggle. */
export type FmFilterChangeEvent = CustomEvent<FmFilterChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'fm-filter-change': FmFilterChangeEvent;
  }
}
