import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    line-height: 1.5;
  }
  .hub {
    display: grid;
    /* minmax(0, …): wide tables scroll inside their part instead of widening the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_fm-space-l);
    background: var(--_fm-surface);
    color: var(--_fm-text);
    padding: var(--_fm-space-m);
    border-radius: var(--_fm-radius);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0.5rem 0 0.25rem;
    line-height: 1.25;
  }
  p {
    margin: 0.25rem 0;
  }
  .muted {
    color: var(--_fm-text-muted);
  }
  .stats {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 1.5rem;
    padding: var(--_fm-space-s) var(--_fm-space-m);
    background: var(--_fm-surface-raised);
    border: 1px solid var(--_fm-border);
    border-inline-start: 4px solid var(--_fm-accent);
    border-radius: var(--_fm-radius);
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_fm-space-s);
    list-style: none;
    margin: var(--_fm-space-s) 0 0;
    padding: 0;
  }
  nav a,
  .export {
    display: inline-flex;
    gap: var(--_fm-space-xs);
  }
  .export button,
  .matrix-column-actions button,
  .facet-status button {
    font: inherit;
    font-size: 0.875em;
    padding: 0.15rem 0.55rem;
    border: 1px solid var(--_fm-border);
    border-radius: var(--_fm-radius);
    background: var(--_fm-surface);
    color: var(--_fm-text);
    cursor: pointer;
  }
  .switch button {
    display: inline-block;
    padding: 0.2rem 0.75rem;
    border: 1px solid var(--_fm-border);
    border-radius: 999px;
    color: var(--_fm-text);
    background: var(--_fm-surface);
    text-decoration: none;
    font: inherit;
    cursor: pointer;
  }
  nav a:hover,
  .switch button:hover {
    border-color: var(--_fm-accent);
  }
  .switch {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_fm-space-xs);
  }
  .switch button {
    white-space: nowrap;
  }
  /* Pressed: text and surface colours only, which keep their contrast on any palette. */
  .switch button[aria-pressed='true'] {
    background: var(--_fm-surface-raised);
    border: 2px solid var(--_fm-accent);
    font-weight: 700;
  }
  a {
    color: var(--_fm-accent);
  }
  .scroll {
    overflow-x: auto;
    container-type: inline-size;
    /* Its visually hidden text (position: absolute) is clipped with it, not left to widen the page. */
    position: relative;
  }
  /* A phone: each row one line tall (the columns past the screen scroll, they do not wrap). */
  @container (max-width: 36rem) {
    .scroll :is(td, tbody th) {
      white-space: nowrap;
    }
    /* Chromium breaks at <wbr> even where white-space forbids it. */
    .scroll wbr {
      display: none;
    }
    .scroll .name {
      display: inline-block;
      max-width: 45cqi;
      overflow: hidden;
      text-overflow: ellipsis;
      vertical-align: bottom;
    }
  }
  /* An overall table of many models scrolls inside itself; only the rows in view are drawn. */
  .windowed {
    height: var(--fm-table-max-height, 70vh);
    overflow: auto;
    /* RowWindow keeps the view steady itself. */
    overflow-anchor: none;
    border: 1px solid var(--_fm-border);
  }
  .windowed table {
    table-layout: fixed;
    /* Fixed columns are not squeezed below a readable width: a phone scrolls the table sideways. */
    min-width: 36rem;
  }
  .windowed thead th {
    position: sticky;
    top: 0;
    z-index: 1;
  }
  .windowed th:first-child {
    width: 5rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: start;
    padding: 0.35rem 0.6rem;
    border-bottom: 1px solid var(--_fm-border);
  }
  thead th {
    background: var(--_fm-surface-raised);
    /* A Chinese or Japanese heading ("平均名次") breaks between words, not between any two characters. */
    word-break: keep-all;
  }
  tbody th {
    font-weight: 500;
  }
  .num {
    text-align: end;
  }
  td.best {
    font-weight: 700;
  }
  .benchmark {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_fm-space-m);
    padding-block: var(--_fm-space-m);
    border-top: 1px solid var(--_fm-border);
    scroll-margin-top: var(--fm-scroll-margin, 4rem);
    /* Off-screen sections skip style, layout and paint until they come near the viewport; they
       stay in the DOM, so find-in-page, fragments and screen readers reach them. The browser
       remembers each one's height once laid out. */
    content-visibility: auto;
    contain-intrinsic-size: auto var(--_fm-section-height, 60rem);
  }
  section {
    scroll-margin-top: var(--fm-scroll-margin, 4rem);
  }
  /* English sentences keep their order on right-to-left pages ("How are scores calculated?"),
     and text in the page's own language its own. */
  p,
  li,
  summary {
    unicode-bidi: plaintext;
  }
  /* A windowed table's rows as text for find-in-page (find-text.ts): no height while hidden (the
     negative margin takes back the grid's gap); a block the browser found shows as a list. */
  .benchmark > .find-text {
    margin-top: calc(-1 * var(--_fm-space-m));
  }
  /* A section not drawn yet keeps its heading and note at the top of the height it reserves. */
  .benchmark.pending {
    align-content: start;
    min-height: var(--_fm-section-height);
  }
  /* Hidden blocks take no room: no margins (each hidden block is a formatting context of its own,
     so their margins would not collapse). */
  .find-text p {
    margin: 0;
  }
  .find-text p:not([hidden]) {
    margin-top: var(--_fm-space-m);
    padding: var(--_fm-space-s) var(--_fm-space-m);
    border: 1px solid var(--_fm-border);
    border-radius: var(--_fm-radius);
    white-space: pre-line;
    columns: 18rem;
    column-gap: var(--_fm-space-l);
    font-size: 0.875em;
  }
  .find-text p::before {
    content: attr(data-label);
    display: block;
    column-span: all;
    margin-bottom: var(--_fm-space-xs);
    font-weight: 600;
  }
  .description {
    color: var(--_fm-text-muted);
    max-width: 70ch;
  }
  .quick {
    padding: var(--_fm-space-s) var(--_fm-space-m);
    border-inline-start: 4px solid var(--_fm-gold);
    background: var(--_fm-surface-raised);
    border-radius: var(--_fm-radius);
  }
  /* Ids without spaces (org/model_name) may wrap anywhere; past 200 characters wrapping would cost seconds of layout. */
  .wrap {
    overflow-wrap: anywhere;
  }
  .quick ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  details > summary {
    cursor: pointer;
    font-weight: 600;
  }
  details > summary > :is(h1, h2, h3, h4, h5, h6) {
    display: inline;
  }
  details[open] > summary {
    margin-bottom: var(--_fm-space-s);
  }
  .compare fieldset {
    border: 1px solid var(--_fm-border);
    border-radius: var(--_fm-radius);
  }
  .picker label {
    display: block;
  }
  .picker {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.2rem 1rem;
    max-height: 14rem;
    overflow: auto;
  }
  .check {
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
  }
  :focus-visible {
    outline: 2px solid var(--_fm-focus-ring);
    outline-offset: 2px;
  }
  /* Sections focused after a fragment link (for screen readers) need no ring. */
  section[tabindex='-1']:focus,
  article[tabindex='-1']:focus {
    outline: none;
  }
  .benchmark > :is(h2, h3, h4, h5, h6):first-child {
    font-size: 1.2rem;
  }
  /* What changed since the older feed (previous-src). */
  .changes {
    margin: var(--_fm-space-s) 0 0;
  }
  .changes.error {
    color: var(--_fm-danger);
  }
  /* 🏅 (4–5) and 🎖️ (6–10) smaller than a podium medal, as in the tables. */
  .mark.minor {
    font-size: 0.75em;
  }
  /* Printed: every row (the row window renders them all) in the page's flow, no scroll box (as in
     the table), and no controls. */
  @media print {
    .windowed {
      display: contents;
    }
    .windowed table {
      table-layout: auto;
      min-width: 0;
    }
    /* A page is narrower than a screen and does not scroll: long words break, and the benchmark
       tables (of up to ten columns, in a site whose root font may be 20 px) print in 9 pt type. */
    .scroll {
      overflow: visible;
    }
    fm-leaderboard-table {
      --fm-table-font-size: 9pt;
    }
    /* Through the table's parts: headers may break anywhere and cells keep little padding, so that
       a table of eleven columns (robustness_testing) fits an A4 page in a plain page (in MkDocs
       Material, whose root font is 20 px, its last two columns still fall off the page). */
    fm-leaderboard-table::part(sort-button) {
      overflow-wrap: anywhere;
      flex-wrap: wrap;
    }
    fm-leaderboard-table::part(cell) {
      padding: 0.15rem 0.25rem;
    }
    tbody td:not(.num) {
      overflow-wrap: anywhere;
    }
    .switch,
    .compare fieldset,
    button {
      display: none;
    }
  }
`;
