import { css } from 'lit';

/** Host reset, focus ring and the visually-hidden helper, shared by every element. */
export const shared = css`
  :host {
    box-sizing: border-box;
    font-family: var(--_fm-font);
    color: var(--_fm-text);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_fm-focus-ring);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* A part still loading (src/internal/lazy.ts): its room kept, a note, or a retry. */
  .lazy {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_fm-lazy-height);
    margin-block: 0.75rem;
    border: 1px dashed var(--_fm-border);
    border-radius: 6px;
    color: var(--_fm-text-muted);
    text-align: center;
  }
  .lazy [role='alert'] {
    color: var(--_fm-danger);
  }
  .lazy button {
    min-height: 24px;
    margin-inline-start: 0.5em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
