import { FmPodium } from './podium.component.js';

export { FmPodium };

if (!customElements.get('fm-podium')) customElements.define('fm-podium', FmPodium);

declare global {
  interface HTMLElementTagNameMap {
    'fm-podium': FmPodium;
  }
}
