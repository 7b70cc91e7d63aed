import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  /* Paints its own surface, so its colours hold on any page. */
  figure {
    background: var(--_fm-surface);
    color: var(--_fm-text);
    padding: var(--_fm-space-s);
    border-radius: var(--_fm-radius);
    margin: 0;
    display: inline-grid;
    gap: var(--_fm-space-s);
    justify-items: center;
    max-width: 100%;
  }
  pre {
    margin: 0;
    padding: var(--_fm-space-m);
    max-width: 100%;
    overflow-x: auto;
    font-family: var(--_fm-mono-font);
    /* As large as asked, and no wider than the box: a monospace column is about 0.61em. */
    font-size: min(var(--fm-podium-font-size, 0.9rem), calc((100cqi - 2.5rem - 2px) / var(--_fm-art-columns, 40) / 0.61));
    line-height: 1.15;
    color: var(--_fm-text);
    background: var(--_fm-surface-raised);
    border: 1px solid var(--_fm-border);
    border-radius: var(--_fm-radius);
  }
  /* Wide and zero-width graphemes get exactly their columns, whatever font draws them. */
  .g {
    display: inline-block;
    text-align: center;
    overflow: visible;
  }
  .w0 {
    width: 0;
  }
  .w2 {
    width: 2ch;
  }
  .actions {
    display: flex;
    align-items: center;
    gap: var(--_fm-space-s);
    font-size: 0.875rem;
  }
  button {
    font: inherit;
    padding: 0.2rem 0.7rem;
    border: 1px solid var(--_fm-border);
    border-radius: var(--_fm-radius);
    background: var(--_fm-surface);
    color: var(--_fm-text);
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_fm-accent);
  }
  .note {
    color: var(--_fm-text-muted);
  }
  @media print {
    button {
      display: none;
    }
  }
`;
