// The badge's markup and look, shared by <fm-tier-badge> and the table's tier column. The table
// renders it inline: one custom element with its own shadow root per row would cost a shadow
// root, three adopted style sheets and an update per row shown.
import { css, html, nothing, type TemplateResult } from 'lit';
import { DEFAULT_TIERS, tierBounds, type TierDefinition, type TierScale } from '../../core/index.js';
import { cssProps } from '../../internal/css-props.js';
import { formatNumber } from '../../internal/format.js';
import { tierRangeText, tierWords } from '../../internal/tier-text.js';
import { en, type Messages } from '../../i18n/messages.js';

/** A tier colour token from a feed: a custom property name, nothing else. */
const TOKEN = /^--[a-zA-Z0-9-]+$/;

export interface BadgeView {
  /** The tier earned; null when unrated. */
  tier: TierDefinition | null;
  scale: TierScale;
  /** Decimals in the tooltip's ranges. */
  decimals: number;
  lang: string;
  /** The part name of the badge's outer element. */
  part: string;
  /** The labels in `lang`: the package's own tiers and "Unrated" in the reader's language (a feed's own tiers as it names them). */
  t?: Messages;
}

export function renderBadge({ tier, scale, decimals, lang, part, t = en }: BadgeView): TemplateResult {
  if (!tier) {
    const why = scale.steps.length === 0 ? t.noTierScale : t.noScoreToRate;
    return html`<span part=${part} class="badge" title=${why}><span part="label">${t.unrated}</span></span>`;
  }
  const { label } = tierWords(tier, t);
  const custom = tier.color && TOKEN.test(tier.color) && !DEFAULT_TIERS.some((t) => t.id === tier.id);
  const colours: Record<string, string> = custom ? { '--_fm-badge-bg': `var(${tier.color}-bg)`, '--_fm-badge-fg': `var(${tier.color}-fg)` } : {};
  return html`<span part=${part} class="badge" data-tier=${tier.id} ${cssProps(colours)} title=${describeTier(tier, scale, decimals, lang, t)}>
    ${tier.icon ? html`<span part="icon" aria-hidden="true">${tier.icon}</span>` : nothing}
    <span part="label">${label}</span>
  </span>`;
}

/** "Good: from 0.80 to below 0.90. Strong performance, real promise." (direction-aware) */
export function describeTier(tier: TierDefinition, scale: TierScale, decimals: number, lang: string, t: Messages = en): string {
  const bounds = tierBounds(scale).find((b) => b.tier.id === tier.id);
  const range = bounds ? tierRangeText(bounds, scale.direction === 'lower', (v) => formatNumber(v, decimals, lang), t) : '';
  const { label, meaning } = tierWords(tier, t);
  return t.tierTooltip(label, range, meaning);
}

export const badgeStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.1em 0.55em;
    border-radius: 999px;
    font-size: var(--fm-tier-badge-font-size, 0.875em);
    font-weight: 600;
    line-height: 1.2;
    white-space: nowrap;
    background: var(--_fm-badge-bg, var(--_fm-tier-none-bg));
    color: var(--_fm-badge-fg, var(--_fm-tier-none-fg));
    border: 1px solid transparent;
  }
  .badge[data-tier='excellent'] {
    --_fm-badge-bg: var(--_fm-tier-excellent-bg);
    --_fm-badge-fg: var(--_fm-tier-excellent-fg);
  }
  .badge[data-tier='good'] {
    --_fm-badge-bg: var(--_fm-tier-good-bg);
    --_fm-badge-fg: var(--_fm-tier-good-fg);
  }
  .badge[data-tier='fair'] {
    --_fm-badge-bg: var(--_fm-tier-fair-bg);
    --_fm-badge-fg: var(--_fm-tier-fair-fg);
  }
  .badge[data-tier='developing'] {
    --_fm-badge-bg: var(--_fm-tier-developing-bg);
    --_fm-badge-fg: var(--_fm-tier-developing-fg);
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;
