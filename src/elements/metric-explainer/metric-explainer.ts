import { FmMetricExplainer } from './metric-explainer.component.js';

export { FmMetricExplainer };

if (!customElements.get('fm-metric-explainer')) customElements.define('fm-metric-explainer', FmMetricExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'fm-metric-explainer': FmMetricExplainer;
  }
}
