import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    line-height: 1.2;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.1em 0.55em;
    border-radius: 999px;
    font-size: var(--fm-tier-badge-font-size, 0.875em);
    font-weight: 600;
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
  .badge.invalid {
    color: var(--_fm-danger);
    background: transparent;
    border-color: currentColor;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;
