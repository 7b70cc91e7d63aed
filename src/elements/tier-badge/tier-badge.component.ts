import { html, type PropertyValues } from 'lit';
import {
  DEFAULT_TIERS,
  tierFor,
  tierScale,
  type Direction,
  type TierDefinition,
  type TierScale,
  type TierTargets,
} from '../../core/index.js';
import { FmElement } from '../../internal/fm-element.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { elementMessages } from '../../i18n/element-messages.js';
import { renderBadge } from './tier-badge-view.js';
import { styles } from './tier-badge.styles.js';

/**
 * A tier label with its icon and colour: ⭐ Excellent, ✅ Good, 🔶 Fair, 📈 Developing. The label is
 * always text, so colour never carries the meaning alone; the title gives the tier's range and meaning.
 *
 * @summary The tier a score earns, as a badge.
 * @tagname fm-tier-badge
 * @csspart base - The badge.
 * @csspart icon - The tier's icon (hidden from assistive technology).
 * @csspart label - The tier's name.
 * @cssprop [--fm-tier-badge-font-size=0.875em] - Font size of the badge.
 */
export class FmTierBadge extends FmElement {
  static override styles = [tokens, shared, ...styles];

  static override properties = {
    tier: { reflect: true },
    score: { type: Number },
    direction: {},
    targets: { type: Object },
    rangeMin: { type: Number, attribute: 'range-min' },
    rangeMax: { type: Number, attribute: 'range-max' },
    decimals: { type: Number },
    tiers: { attribute: false },
    scale: { attribute: false },
  };

  /** A tier id to show directly (e.g. `good`); wins over `score`. */
  tier?: string;

  /** A score to place on the tier scale. */
  score?: number;

  /** Whether higher or lower scores are better. */
  direction: Direction = 'higher';

  /** Tier thresholds by tier id, e.g. `{"excellent": 0.9, "good": 0.85}` (JSON in the attribute). */
  targets?: TierTargets;

  /** The metric's lowest possible value (mirrors the default scale for lower-is-better metrics). */
  rangeMin?: number;

  /** The metric's highest possible value. */
  rangeMax?: number;

  /** Decimals in the tooltip's ranges. */
  decimals = 2;

  /** The tier scale (best first); the default is Excellent / Good / Fair / Developing. */
  tiers: readonly TierDefinition[] = DEFAULT_TIERS;

  /** A scale computed elsewhere (the table passes its benchmark's); wins over the properties above. */
  scale?: TierScale;

  private resolvedScale!: TierScale;

  override willUpdate(changed: PropertyValues<this>): void {
    if (['scale', 'targets', 'direction', 'rangeMin', 'rangeMax', 'tiers'].some((k) => changed.has(k as keyof FmTierBadge))) {
      this.resolvedScale =
        this.scale ??
        tierScale(
          { id: '', name: '', targets: this.targets },
          { name: '', direction: this.direction, ...(this.rangeMin !== undefined || this.rangeMax !== undefined ? { range: { min: this.rangeMin ?? null, max: this.rangeMax ?? null } } : {}) },
          this.tiers,
        );
    }
  }

  /** The tier shown, or null (no score, no scale, or an unknown tier id). */
  get resolvedTier(): TierDefinition | null {
    if (this.tier) return this.tiers.find((t) => t.id === this.tier) ?? null;
    if (typeof this.score === 'number' && Number.isFinite(this.score)) return tierFor(this.resolvedScale, this.score);
    return null;
  }

  override render() {
    if (this.tier && !this.resolvedTier) {
      return html`<span part="base" class="badge invalid">⚠ Unknown tier “${this.tier}”</span>`;
    }
    const { lang, t } = elementMessages(this);
    return renderBadge({ tier: this.resolvedTier, scale: this.resolvedScale, decimals: this.decimals, lang, part: 'base', t });
  }
}
