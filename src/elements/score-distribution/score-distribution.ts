import { FmScoreDistribution } from './score-distribution.component.js';

export { FmScoreDistribution };

if (!customElements.get('fm-score-distribution')) customElements.define('fm-score-distribution', FmScoreDistribution);

declare global {
  interface HTMLElementTagNameMap {
    'fm-score-distribution': FmScoreDistribution;
  }
}
