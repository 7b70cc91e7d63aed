import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-size: var(--fm-table-font-size, 0.9375rem);
    line-height: 1.4;
  }
  .base {
    background: var(--_fm-surface);
    color: var(--_fm-text);
    container-type: inline-size;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_fm-space-s) var(--_fm-space-l);
    padding: var(--_fm-space-s) 0;
  }
  .search {
    display: inline-flex;
    align-items: center;
    gap: var(--_fm-space-s);
  }
  input[type='search'] {
    font: inherit;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_fm-border);
    border-radius: var(--_fm-radius);
    background: var(--_fm-surface);
    color: var(--_fm-text);
    min-width: 12rem;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .columns {
    position: relative;
  }
  .columns summary {
    cursor: pointer;
    padding: 0.2rem 0.5rem;
    border: 1px solid var(--_fm-border);
    border-radius: var(--_fm-radius);
  }
  /* Above the table's sticky header cells (z-index 3), which come later in the page. */
  .columns fieldset {
    position: absolute;
    z-index: 4;
    margin: 0.25rem 0 0;
    padding: var(--_fm-space-s) var(--_fm-space-m);
    display: grid;
    gap: 0.25rem;
    background: var(--_fm-surface-raised);
    border: 1px solid var(--_fm-border);
    border-radius: var(--_fm-radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
    white-space: nowrap;
  }
  .count {
    margin-inline-start: auto;
    color: var(--_fm-text-muted);
    font-variant-numeric: tabular-nums;
  }

  /* Table: scrolls inside itself so the header and model column can stick */
  .scroll {
    overflow: auto;
    max-height: var(--fm-table-max-height, 70vh);
    border: 1px solid var(--_fm-border);
    border-radius: var(--_fm-radius);
  }
  .windowed {
    height: var(--fm-table-max-height, 70vh);
    /* RowWindow keeps the view steady itself. */
    overflow-anchor: none;
  }
  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
  }
  /* Windowed, columns take their widths from <col>, not from the rows that happen to be rendered. */
  .windowed table {
    table-layout: fixed;
  }
  col {
    width: 7rem;
  }
  col.col-model {
    width: 16rem;
  }
  col.col-rank {
    width: 6rem;
  }
  col.col-tier {
    width: 9rem;
  }
  .spacer td {
    padding: 0;
    border: 0;
  }
  th,
  td {
    padding: 0.4rem 0.65rem;
    border-bottom: 1px solid var(--_fm-border);
    text-align: start;
    vertical-align: middle;
    background: var(--_fm-surface);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_fm-surface-raised);
    font-weight: 600;
    white-space: nowrap;
  }
  .col-model {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    font-weight: 500;
    min-width: 13rem;
    max-width: 26rem;
  }
  .model-cell {
    display: flex;
    align-items: baseline;
    gap: 0.15rem;
  }
  .controls {
    flex: none;
    white-space: nowrap;
  }
  .model-text {
    overflow-wrap: break-word;
  }
  /* Names with a word of 14+ characters may break anywhere; shorter words keep whole (see table-columns.ts). */
  .wrap {
    overflow-wrap: anywhere;
  }
  .col-dataset {
    min-width: 9rem;
    max-width: 16rem;
  }
  .col-date {
    white-space: nowrap;
  }
  thead th.col-model {
    z-index: 3;
  }
  tbody th {
    font-weight: 500;
  }
  tr.pinned > * {
    background: var(--_fm-highlight);
  }
  /* The medal stripe on the inline-start edge of the row (the right in right-to-left pages). */
  tr.podium-1 > :first-child {
    box-shadow: inset var(--_fm-stripe, 4px) 0 0 var(--_fm-gold);
  }
  tr.podium-2 > :first-child {
    box-shadow: inset var(--_fm-stripe, 4px) 0 0 var(--_fm-silver);
  }
  tr.podium-3 > :first-child {
    box-shadow: inset var(--_fm-stripe, 4px) 0 0 var(--_fm-bronze);
  }
  :host(:dir(rtl)) {
    --_fm-stripe: -4px;
  }
  /* ▸ points along the reading direction (▾, open, is symmetric). */
  :host(:dir(rtl)) .toggle {
    transform: scaleX(-1);
  }
  /* Numbers and English text keep their order on right-to-left pages ("2=", "5 of 5 models"). */
  .count,
  .rank-number {
    unicode-bidi: plaintext;
  }

  /* Header buttons */
  button.sort {
    all: unset;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    border-radius: 3px;
  }
  button.sort:focus-visible {
    outline: 2px solid var(--_fm-focus-ring);
    outline-offset: 2px;
  }
  .arrow {
    color: var(--_fm-text-muted);
    font-size: 0.8em;
  }
  [aria-sort] .arrow {
    color: var(--_fm-accent);
  }

  /* Cells */
  .rank {
    display: inline-flex;
    gap: 0.35rem;
    align-items: center;
  }
  /* 🏅 (4–5) and 🎖️ (6–10) at 3/4 size, so that at table size they are not read as 🥇. */
  tr:not([class^='podium']) .mark {
    font-size: 0.75em;
  }
  .rank-range {
    display: block;
    font-size: 0.8em;
    color: var(--_fm-text-muted);
  }
  button.icon {
    font: inherit;
    background: none;
    border: 1px solid transparent;
    border-radius: 4px;
    color: var(--_fm-text-muted);
    cursor: pointer;
    padding: 0 0.2rem;
    margin-inline-end: 0.15rem;
    line-height: 1.2;
    /* A target of at least 24 × 24 px (WCAG 2.5.8). */
    min-width: 24px;
    min-height: 24px;
  }
  button.icon:hover {
    border-color: var(--_fm-border);
  }
  /* Unpinned: grey, not faded (a faded pin fell under 3:1); pinned: in colour. */
  button.pin[aria-pressed='false'] {
    filter: grayscale(1);
  }
  /* Kept apart from the name even where a flex row drops the space between them. */
  .chip,
  .crown,
  .flag {
    margin-inline-start: 0.25em;
  }
  .chip {
    font-size: 0.75em;
    padding: 0 0.4em;
    border: 1px solid var(--_fm-border);
    border-radius: 999px;
    color: var(--_fm-text-muted);
    white-space: nowrap;
  }
  .links {
    display: inline-flex;
    gap: 0.5rem;
    margin-inline-start: 0.5rem;
    font-size: 0.85em;
  }
  a {
    color: var(--_fm-accent);
  }
  .unsafe-link,
  .missing,
  .pm,
  .muted {
    color: var(--_fm-text-muted);
  }

  /* Details */
  tr.details > td {
    background: var(--_fm-surface-raised);
  }
  /* As wide as the table's box, not the table, and kept at its start as the table scrolls
     sideways: on a phone the details are read without scrolling. */
  .details-body {
    display: grid;
    gap: var(--_fm-space-m);
    padding: var(--_fm-space-s) 0;
    max-width: min(60rem, calc(100cqi - 2rem));
    position: sticky;
    inset-inline-start: 0.5rem;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_fm-space-xs) var(--_fm-space-l);
    margin: 0;
  }
  .facts dt {
    font-size: 0.8em;
    color: var(--_fm-text-muted);
  }
  .facts dd {
    margin: 0;
  }
  table.sub {
    width: auto;
    font-size: 0.9em;
  }
  table.sub caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  table.sub th,
  table.sub td {
    background: transparent;
    padding: 0.2rem 0.6rem;
  }

  /* Footnotes */
  .footnotes {
    margin: var(--_fm-space-s) 0 0;
    padding-inline-start: 1.25rem;
    font-size: 0.875em;
    color: var(--_fm-text-muted);
  }

  /* Narrow (a phone): rank, model and score side by side, each row one line tall; a long name ends
     in "…" (the details row, ▸, gives it whole with the model's links), headers wrap. */
  @container (max-width: 36rem) {
    th,
    td {
      padding: 0.35rem 0.3rem;
    }
    .col-model {
      min-width: 5rem;
    }
    .model-cell {
      align-items: center;
    }
    /* A windowed table's fixed columns: rank and model leave the score in view. */
    col.col-rank {
      width: 4.5rem;
    }
    col.col-model {
      width: max(8rem, calc(100cqi - 10rem));
    }
    .windowed .model-text {
      max-width: none;
    }
    /* Room for the rank, the row's buttons and the score beside it; the name gives way first. */
    .model-text {
      display: flex;
      align-items: baseline;
      min-width: 0;
      max-width: max(3.5rem, calc(100cqi - 15rem));
      overflow: hidden;
      white-space: nowrap;
    }
    .model-text > * {
      flex: none;
    }
    .model-text > .model-name {
      flex: 0 1 auto;
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    /* A chip ("self-reported", "baseline") gives way faster than the name; the details say it whole. */
    .model-text > .chip {
      flex: 0 4 auto;
      min-width: 1.5em;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    tbody .links {
      display: none;
    }
    /* Chromium breaks at <wbr> even where white-space forbids it. */
    .model-name wbr {
      display: none;
    }
    tbody td {
      white-space: nowrap;
    }
    button.sort {
      flex-wrap: wrap;
    }
    thead th {
      white-space: normal;
    }
    thead th {
      font-size: 0.875em;
    }
  }
  /* Printed, every row is rendered (row-window.ts) and the table flows in the page: the scroll box
     goes (no box, so its ResizeObserver sees no growth to answer while the rows come). */
  @media print {
    .scroll {
      display: contents;
    }
    .windowed table {
      table-layout: auto;
    }
    .toolbar,
    button.icon,
    .arrow {
      display: none;
    }
    /* A page is narrower than a screen: every column gives up its least width and wraps. */
    * {
      min-width: 0 !important;
      white-space: normal !important;
    }
  }
  /* (Forced colours drop box-shadow themselves: the medal stripe goes without a rule.) */
  @media (forced-colors: active) {
    [aria-sort] .arrow {
      color: Highlight;
    }
  }
`;
