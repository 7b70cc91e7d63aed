import { css } from 'lit';

/** The dark-scheme values, used for theme="dark" and for prefers-color-scheme: dark. */
const darkValues = css`
  --_fm-surface: var(--fm-color-surface, #0d1117);
  --_fm-surface-raised: var(--fm-color-surface-raised, #161b22);
  --_fm-text: var(--fm-color-text, #e6edf3);
  --_fm-text-muted: var(--fm-color-text-muted, #9da7b3);
  --_fm-border: var(--fm-color-border, #3d444d);
  --_fm-accent: var(--fm-color-accent, #6cb6ff);
  --_fm-highlight: var(--fm-color-highlight, #3b2e00);
  --_fm-focus-ring: var(--fm-focus-ring, #6cb6ff);
  --_fm-danger: var(--fm-color-danger, #ff938a);
  --_fm-gold: var(--fm-color-medal-gold, #e3b341);
  --_fm-silver: var(--fm-color-medal-silver, #b1bac4);
  --_fm-bronze: var(--fm-color-medal-bronze, #d18b5c);
  --_fm-tier-excellent-bg: var(--fm-color-tier-excellent-bg, #123a22);
  --_fm-tier-excellent-fg: var(--fm-color-tier-excellent-fg, #86e3a6);
  --_fm-tier-good-bg: var(--fm-color-tier-good-bg, #0c2d48);
  --_fm-tier-good-fg: var(--fm-color-tier-good-fg, #9ccfff);
  --_fm-tier-fair-bg: var(--fm-color-tier-fair-bg, #3d2a05);
  --_fm-tier-fair-fg: var(--fm-color-tier-fair-fg, #f5c46b);
  --_fm-tier-developing-bg: var(--fm-color-tier-developing-bg, #2f1f4d);
  --_fm-tier-developing-fg: var(--fm-color-tier-developing-fg, #d2b6ff);
  --_fm-tier-none-bg: var(--fm-color-tier-none-bg, #21262d);
  --_fm-tier-none-fg: var(--fm-color-tier-none-fg, #c9d1d9);
  color-scheme: dark;
`;

/**
 * Design tokens. Pages theme every element through the public `--fm-*` properties (they inherit
 * through shadow roots); each element reads them through a private `--_fm-*` copy with a default.
 * Light and dark defaults follow prefers-color-scheme, or `theme="light|dark"` on the element.
 * Every text/background pair below passes WCAG AA (4.5:1) in both schemes.
 */
export const tokens = css`
  :host {
    --_fm-font: var(--fm-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_fm-mono-font: var(--fm-mono-font, ui-monospace, 'DejaVu Sans Mono', 'Cascadia Mono', Menlo, Consolas, monospace);
    --_fm-radius: var(--fm-radius, 6px);
    --_fm-space-xs: var(--fm-space-xs, 0.25rem);
    --_fm-space-s: var(--fm-space-s, 0.5rem);
    --_fm-space-m: var(--fm-space-m, 0.75rem);
    --_fm-space-l: var(--fm-space-l, 1.25rem);

    --_fm-surface: var(--fm-color-surface, #ffffff);
    --_fm-surface-raised: var(--fm-color-surface-raised, #f6f8fa);
    --_fm-text: var(--fm-color-text, #1b1f24);
    --_fm-text-muted: var(--fm-color-text-muted, #57606a);
    --_fm-border: var(--fm-color-border, #d0d7de);
    --_fm-accent: var(--fm-color-accent, #0b5cad);
    --_fm-highlight: var(--fm-color-highlight, #fff8c5);
    --_fm-focus-ring: var(--fm-focus-ring, #0b5cad);
    --_fm-danger: var(--fm-color-danger, #b3261e);

    --_fm-gold: var(--fm-color-medal-gold, #b8860b);
    --_fm-silver: var(--fm-color-medal-silver, #8a9099);
    --_fm-bronze: var(--fm-color-medal-bronze, #a0522d);

    --_fm-tier-excellent-bg: var(--fm-color-tier-excellent-bg, #dcf5e3);
    --_fm-tier-excellent-fg: var(--fm-color-tier-excellent-fg, #0f5323);
    --_fm-tier-good-bg: var(--fm-color-tier-good-bg, #dbeefe);
    --_fm-tier-good-fg: var(--fm-color-tier-good-fg, #0a4a7a);
    --_fm-tier-fair-bg: var(--fm-color-tier-fair-bg, #fff0d1);
    --_fm-tier-fair-fg: var(--fm-color-tier-fair-fg, #6b4200);
    --_fm-tier-developing-bg: var(--fm-color-tier-developing-bg, #efe6fd);
    --_fm-tier-developing-fg: var(--fm-color-tier-developing-fg, #55298f);
    --_fm-tier-none-bg: var(--fm-color-tier-none-bg, #eaeef2);
    --_fm-tier-none-fg: var(--fm-color-tier-none-fg, #424a53);
    color-scheme: light;
  }

  :host([theme='dark']) {
    ${darkValues}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkValues}
    }
  }
`;
