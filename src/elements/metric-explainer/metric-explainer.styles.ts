import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    font-size: var(--fm-explainer-font-size, 0.9375rem);
    line-height: 1.45;
  }
  /* Inline in the page's text, the trigger takes the page's colour (not the theme's). */
  :host(:not([mode='sheet']):not([mode='benchmark'])) {
    color: inherit;
  }
  :host([mode='sheet']),
  :host([mode='benchmark']) {
    display: block;
    background: var(--_fm-surface);
    color: var(--_fm-text);
    container-type: inline-size;
  }
  button.trigger {
    font: inherit;
    background: none;
    border: 1px solid transparent;
    border-radius: 999px;
    padding: 0 0.3em;
    /* The trigger sits in the page's text: it takes the page's colour, readable on any theme. */
    color: inherit;
    cursor: help;
    line-height: 1.3;
  }
  .i-icon {
    display: inline-grid;
    place-items: center;
    width: 1.15em;
    height: 1.15em;
    border: 1.5px solid currentColor;
    border-radius: 50%;
    font: italic 700 0.75em/1 Georgia, 'Times New Roman', serif;
    vertical-align: 0.1em;
  }
  button.trigger:hover,
  button.trigger[aria-expanded='true'] {
    border-color: var(--_fm-border);
    background: var(--_fm-surface-raised);
  }
  [popover] {
    position: fixed;
    inset: auto;
    margin: 0;
    width: max-content;
    max-width: min(24rem, calc(100vw - 16px));
    padding: var(--_fm-space-m);
    border: 1px solid var(--_fm-border);
    border-radius: var(--_fm-radius);
    background: var(--_fm-surface);
    color: var(--_fm-text);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
    font-family: var(--_fm-font);
    font-size: var(--fm-explainer-font-size, 0.875rem);
    /* The panel sits inside the page's text (often a heading): reset what it would inherit. */
    font-weight: 400;
    font-style: normal;
    line-height: 1.45;
    letter-spacing: normal;
    text-transform: none;
    text-align: start;
    white-space: normal;
    overflow: visible;
    opacity: 1;
    transition: opacity 120ms ease-out;
  }
  /* No taller than the viewport's room (PopoverController sets --_fm-available-height): the body
     scrolls inside, the arrow stays outside. */
  [popover]:popover-open {
    display: flex;
    flex-direction: column;
    max-height: var(--_fm-available-height, calc(100vh - 16px));
  }
  .panel-body {
    min-height: 0;
    overflow: auto;
  }
  @starting-style {
    [popover]:popover-open {
      opacity: 0;
    }
  }
  .arrow {
    position: absolute;
    width: 10px;
    height: 10px;
    background: var(--_fm-surface);
    border: 1px solid var(--_fm-border);
    transform: rotate(45deg);
    clip-path: polygon(0 0, 100% 0, 0 100%);
  }
  [data-placement^='top'] .arrow {
    clip-path: polygon(100% 0, 100% 100%, 0 100%);
  }
  .title {
    margin: 0 0 0.35rem;
  }
  .muted {
    color: var(--_fm-text-muted);
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem 0.75rem;
    margin: 0 0 0.6rem;
  }
  .facts dt {
    color: var(--_fm-text-muted);
  }
  .facts dd {
    margin: 0;
    min-width: 0;
  }
  /* Long words (Classification/Reconstruction) wrap instead of running out of the box (explainer-content.ts factsClass). */
  .facts.wrap dd {
    overflow-wrap: break-word;
  }
  /* Narrow (a phone): each term above its value. */
  @container (max-width: 30rem) {
    .facts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .facts dd {
      margin-bottom: 0.35rem;
    }
    .sheet {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  table.tiers {
    border-collapse: collapse;
    font-size: 0.925em;
    margin: 0.25rem 0 0.5rem;
  }
  table.tiers caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  table.tiers th,
  table.tiers td {
    text-align: start;
    padding: 0.15rem 0.6rem 0.15rem 0;
    border-bottom: 1px solid var(--_fm-border);
    vertical-align: top;
  }
  .sheet {
    display: grid;
    gap: var(--_fm-space-m);
    grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr));
  }
  .sheet-entry {
    padding: var(--_fm-space-m);
    border: 1px solid var(--_fm-border);
    border-radius: var(--_fm-radius);
    background: var(--_fm-surface);
  }
  .rules {
    margin: 0;
    padding-inline-start: 1.3rem;
  }
  .benchmark {
    color: var(--_fm-text);
  }
  /* Printed, the ⓘ is a button nobody can press. */
  @media print {
    button.trigger {
      display: none;
    }
  }
`;
