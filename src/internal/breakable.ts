import { html } from 'lit';

/** Text that may break after each _ and / (ids like org/model_name, metric_names, Time-Series/Signal), as the hyphen allows. */
export const breakable = (text: string) => text.split(/(?<=[_/])/).map((part, i) => (i ? html`<wbr />${part}` : part));
