import { css } from 'lit';

/** The suites chunk's styles, adopted by the hub when the chunk arrives: the switcher, a suite's head and top three, the matrix. */
export const suiteStyles = css`
  /* The suite switcher: a grid of buttons that scrolls past a few rows, with a search above. */
  .suites {
    display: grid;
    gap: var(--_fm-space-s);
    padding: var(--_fm-space-s) var(--_fm-space-m);
    background: var(--_fm-surface-raised);
    border: 1px solid var(--_fm-border);
    border-radius: var(--_fm-radius);
  }
  .suites-title {
    font-weight: 600;
  }
  .suites input {
    font: inherit;
    width: 100%;
    max-width: 24rem;
    box-sizing: border-box;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--_fm-border);
    border-radius: var(--_fm-radius);
    background: var(--_fm-surface);
    color: var(--_fm-text);
  }
  nav.suites ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    max-height: 17rem;
    overflow: auto;
    margin: 0;
  }
  .suites button {
    display: grid;
    width: 100%;
    height: 100%;
    text-align: start;
    font: inherit;
    padding: 0.3rem 0.6rem;
    border: 1px solid var(--_fm-border);
    border-radius: var(--_fm-radius);
    background: var(--_fm-surface);
    color: var(--_fm-text);
    cursor: pointer;
  }
  .suites button:hover {
    border-color: var(--_fm-accent);
  }
  .suites button[aria-pressed='true'] {
    border: 2px solid var(--_fm-accent);
    font-weight: 700;
  }
  .suites button .muted {
    font-size: 0.85em;
    font-weight: 400;
  }
  .suite-head {
    display: grid;
    gap: var(--_fm-space-xs);
  }
  .suite-top {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_fm-space-xs) var(--_fm-space-l);
    list-style: none;
    margin: var(--_fm-space-s) 0;
    padding: 0;
  }
  /* The matrix: one line per model, the model's name kept in view as the columns scroll. */
  .matrix th,
  .matrix td {
    white-space: nowrap;
  }
  .matrix thead th {
    white-space: normal;
    vertical-align: bottom;
    min-width: 5rem;
    max-width: 10rem;
  }
  .matrix tbody th {
    position: sticky;
    inset-inline-start: 0;
    background: var(--_fm-surface);
  }
  .windowed table.matrix {
    table-layout: auto;
  }
  .matrix .heat {
    /* --fm-color-heat: see the hub's CSS properties. */
    background: color-mix(in srgb, var(--fm-color-heat, var(--_fm-accent)) calc(var(--_fm-heat-level) * 0.4), var(--_fm-surface));
  }
  .matrix button.sort {
    font: inherit;
    font-weight: 600;
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-align: inherit;
    cursor: pointer;
  }
  .matrix-columns ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    max-height: 14rem;
    overflow: auto;
    list-style: none;
    padding: 0;
  }
  .matrix-columns label {
    display: flex;
    gap: var(--_fm-space-xs);
    align-items: center;
    min-height: 24px;
  }
  .matrix-column-actions {
    display: flex;
    gap: var(--_fm-space-s);
    margin-block: var(--_fm-space-s);
  }
  /* A shard that failed: its retry (shard-loader.ts), a target of 24 px at least. */
  .status .retry {
    min-height: 24px;
    padding-inline: var(--_fm-space-s);
  }
`;
