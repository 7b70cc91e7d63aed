import { FmTierBadge } from './tier-badge.component.js';

export { FmTierBadge };

if (!customElements.get('fm-tier-badge')) customElements.define('fm-tier-badge', FmTierBadge);

declare global {
  interface HTMLElementTagNameMap {
    'fm-tier-badge': FmTierBadge;
  }
}
