export interface FmRowToggleDetail {
  /** The model's id. */
  model: string;
  /** True when the details row was opened, false when closed. */
  open: boolean;
}

/** Fired when the user opens or closes a row's details. */
export type FmRowToggleEvent = CustomEvent<FmRowToggleDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'fm-row-toggle': FmRowToggleEvent;
  }
}
