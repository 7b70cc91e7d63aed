// The facet bar's styles (facet-bar.ts): the hub has them from the start, so that its bar, which
// comes as a chunk, is drawn styled; a table's Filter adopts them with its extras.
import { css } from 'lit';

/** The hub's bar, and the groups of both forms (a table's panel is styled as its column chooser). */
export const facetStyles = css`
  .facet-bar {
    margin: var(--_fm-space-m) 0 0;
    padding: var(--_fm-space-s) var(--_fm-space-m);
    border: 1px solid var(--_fm-border);
    border-radius: var(--_fm-radius);
  }
  .facet-bar summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 24px;
  }
  .facets {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_fm-space-s) var(--_fm-space-l);
    padding-top: var(--_fm-space-s);
  }
  .facet {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .facet-name {
    font-weight: 600;
  }
  .facet .check {
    min-height: 24px;
  }
  .facet-status {
    margin: var(--_fm-space-s) 0 0;
  }
  .facet-status:empty {
    display: none;
  }
`;
