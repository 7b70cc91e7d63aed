import { css } from 'lit';

/**
 * Design tokens. Pages theme every element through the public `--fm-*` properties (they inherit
 * through shadow roots); each element reads them through a private `--_fm-*` copy with a default.
 * Colours default to a light and a dark value (`light-dark()`): the element's color-scheme picks
 * one: `theme="light|dark"` on the element, else the site's own mode where it marks one, else
 * prefers-color-scheme.
 * Every text/background pair below passes WCAG AA (4.5:1) in both schemes.
 */
export const tokens = css`
  :host {
    --_fm-font: var(--fm-font, system-ui, sans-serif); /* Font stack of all text. */
    --_fm-mono-font: var(--fm-mono-font, ui-monospace, 'DejaVu Sans Mono', 'Cascadia Mono', Menlo, Consolas, monospace); /* Monospace font stack (the podium art, ids). */
    --_fm-radius: var(--fm-radius, 6px); /* Corner radius of boxes, buttons and inputs. */
    --_fm-space-xs: var(--fm-space-xs, 0.25rem); /* Smallest gap (inside badges and controls). */
    --_fm-space-s: var(--fm-space-s, 0.5rem); /* Small gap (between controls). */
    --_fm-space-m: var(--fm-space-m, 0.75rem); /* Medium gap (cell padding, between blocks). */
    --_fm-space-l: var(--fm-space-l, 1.25rem); /* Large gap (between sections). */

    --_fm-surface: var(--fm-color-surface, light-dark(#ffffff, #0d1117)); /* Background. */
    --_fm-surface-raised: var(--fm-color-surface-raised, light-dark(#f6f8fa, #161b22)); /* Background of headers, toolbars and popovers. */
    --_fm-text: var(--fm-color-text, light-dark(#1b1f24, #e6edf3)); /* Text colour. */
    --_fm-text-muted: var(--fm-color-text-muted, light-dark(#57606a, #9da7b3)); /* Secondary text (notes, counts, units). */
    --_fm-border: var(--fm-color-border, light-dark(#d0d7de, #3d444d)); /* Borders and rules. */
    --_fm-accent: var(--fm-color-accent, light-dark(#0b5cad, #6cb6ff)); /* Links, active controls and chart marks. */
    --_fm-highlight: var(--fm-color-highlight, light-dark(#fff8c5, #3b2e00)); /* Background of pinned rows. */
    --_fm-focus-ring: var(--fm-focus-ring, light-dark(#0b5cad, #6cb6ff)); /* Keyboard focus outline. */
    --_fm-danger: var(--fm-color-danger, light-dark(#b3261e, #ff938a)); /* Error messages. */

    --_fm-gold: var(--fm-color-medal-gold, light-dark(#b8860b, #e3b341)); /* Gold medal (rank 1). */
    --_fm-silver: var(--fm-color-medal-silver, light-dark(#8a9099, #b1bac4)); /* Silver medal (rank 2). */
    --_fm-bronze: var(--fm-color-medal-bronze, light-dark(#a0522d, #d18b5c)); /* Bronze medal (rank 3). */

    --_fm-tier-excellent-bg: var(--fm-color-tier-excellent-bg, light-dark(#dcf5e3, #123a22)); /* Background of the Excellent tier badge. */
    --_fm-tier-excellent-fg: var(--fm-color-tier-excellent-fg, light-dark(#0f5323, #86e3a6)); /* Text of the Excellent tier badge. */
    --_fm-tier-good-bg: var(--fm-color-tier-good-bg, light-dark(#dbeefe, #0c2d48)); /* Background of the Good tier badge. */
    --_fm-tier-good-fg: var(--fm-color-tier-good-fg, light-dark(#0a4a7a, #9ccfff)); /* Text of the Good tier badge. */
    --_fm-tier-fair-bg: var(--fm-color-tier-fair-bg, light-dark(#fff0d1, #3d2a05)); /* Background of the Fair tier badge. */
    --_fm-tier-fair-fg: var(--fm-color-tier-fair-fg, light-dark(#6b4200, #f5c46b)); /* Text of the Fair tier badge. */
    --_fm-tier-developing-bg: var(--fm-color-tier-developing-bg, light-dark(#efe6fd, #2f1f4d)); /* Background of the Developing tier badge. */
    --_fm-tier-developing-fg: var(--fm-color-tier-developing-fg, light-dark(#55298f, #d2b6ff)); /* Text of the Developing tier badge. */
    --_fm-tier-none-bg: var(--fm-color-tier-none-bg, light-dark(#eaeef2, #21262d)); /* Background of an unrated badge. */
    --_fm-tier-none-fg: var(--fm-color-tier-none-fg, light-dark(#424a53, #c9d1d9)); /* Text of an unrated badge. */
    color-scheme: light dark;
  }
  /* The site's own mode (controllers/site-theme.ts), under an explicit theme. */
  :host(:state(site-light)) {
    color-scheme: light;
  }
  :host(:state(site-dark)) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;
