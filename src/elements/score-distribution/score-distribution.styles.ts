import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-size: var(--fm-chart-font-size, 0.8125rem);
    min-width: 12rem;
  }
  /* Paints its own surface, so its colours hold on any page (a dark theme on a light page too). */
  .chart {
    display: grid;
    gap: var(--_fm-space-s);
    padding: var(--_fm-space-s);
    background: var(--_fm-surface);
    color: var(--_fm-text);
    border-radius: var(--_fm-radius);
  }
  .row {
    display: grid;
    grid-template-columns: var(--_fm-label-width, 0) 1fr;
    align-items: center;
  }
  .row-label {
    padding-inline-end: var(--_fm-space-s);
    line-height: 1.3;
  }
  .row-label small {
    display: block;
    color: var(--_fm-text-muted);
  }
  .plot {
    position: relative;
    min-width: 0;
    /* As its axis: in a right-to-left page too, the plot starts at its left edge. */
    direction: ltr;
  }
  /* The axis runs best-on-the-right in any writing direction: its labels keep left-to-right anchors. */
  svg {
    display: block;
    overflow: visible;
    font-family: var(--_fm-font);
    direction: ltr;
  }
  .axis line {
    stroke: var(--_fm-text-muted);
  }
  .axis text,
  .band-label {
    fill: var(--_fm-text-muted);
    font-size: 11px;
  }
  .axis .better {
    font-style: italic;
  }
  .band {
    opacity: 0.55;
    fill: var(--_fm-tier-none-bg);
  }
  .band.tier-excellent {
    fill: var(--_fm-tier-excellent-bg);
  }
  .band.tier-good {
    fill: var(--_fm-tier-good-bg);
  }
  .band.tier-fair {
    fill: var(--_fm-tier-fair-bg);
  }
  .band.tier-developing {
    fill: var(--_fm-tier-developing-bg);
  }
  circle.dot {
    fill: var(--fm-chart-dot-color, var(--_fm-accent));
    stroke: var(--_fm-surface);
    stroke-width: 1.5;
    cursor: pointer;
    outline: none;
  }
  circle.leader {
    fill: var(--_fm-gold);
    stroke: var(--_fm-text);
    stroke-width: 2;
  }
  circle.baseline {
    fill: var(--_fm-surface);
    stroke: var(--_fm-text-muted);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  /* Hollow and small: apart from the ranked dots, and 3:1 against the background. */
  circle.other-run {
    fill: none;
    stroke: var(--_fm-text-muted);
    stroke-width: 1.5;
  }
  .bin {
    fill: var(--_fm-text-muted);
    opacity: 0.6;
  }
  /* A ring apart from the dot: the surface between them, the text colour around (≥ 3:1 against both). */
  circle.dot:focus-visible {
    stroke: var(--_fm-surface);
    stroke-width: 2;
    outline: 2px solid var(--_fm-text);
    outline-offset: 1px;
  }
  .tooltip {
    position: absolute;
    transform: translate(-50%, -100%);
    padding: 0.3rem 0.5rem;
    border-radius: var(--_fm-radius);
    background: var(--_fm-text);
    color: var(--_fm-surface);
    font-size: 0.75rem;
    white-space: nowrap;
    pointer-events: none;
    z-index: 2;
    /* Shows in forced colours, where the background is dropped. */
    outline: 1px solid transparent;
  }
  .note {
    margin: 0;
    color: var(--_fm-text-muted);
  }
  /* kind="tradeoff" and kind="history" */
  /* One chart, or small multiples side by side where there is room. */
  .xy-charts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_fm-xy-width)), 1fr));
    gap: var(--_fm-space-m);
  }
  .xy svg {
    max-width: 100%;
  }
  .xy {
    margin: 0;
    padding: var(--_fm-space-s);
    background: var(--_fm-surface);
    color: var(--_fm-text);
    border-radius: var(--_fm-radius);
  }
  .xy .summary {
    margin: 0 0 var(--_fm-space-s);
  }
  .step-line {
    fill: none;
    stroke: var(--_fm-gold);
    stroke-width: 2;
    stroke-dasharray: 6 3;
  }
  /* kind="probes": curves told apart by dash and label, not colour alone; bands faint. */
  .curve .line {
    fill: none;
    stroke: var(--fm-chart-dot-color, var(--_fm-accent));
    stroke-width: 2;
  }
  .curve-1 .line {
    stroke: var(--_fm-gold);
    stroke-dasharray: 6 3;
  }
  .curve-2 .line {
    stroke: var(--_fm-text-muted);
    stroke-dasharray: 2 3;
  }
  .curve-3 .line {
    stroke: var(--_fm-text);
    stroke-dasharray: 10 3 2 3;
  }
  .curve .band {
    fill: var(--_fm-accent);
    opacity: 0.08;
    stroke: none;
  }
  .curve text {
    font-size: 0.6875rem;
    fill: var(--_fm-text-muted);
  }
  .probes .dot {
    r: 3.5px;
  }
  .xy .dot.marked {
    stroke: var(--_fm-text);
    stroke-width: 2;
  }
  .xy .dot.doubtful {
    stroke: var(--_fm-text);
    stroke-width: 2;
    stroke-dasharray: 2 2;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    color: var(--_fm-text-muted);
    font-size: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .swatch {
    display: inline-block;
    width: 0.7rem;
    height: 0.7rem;
    border-radius: 50%;
    margin-inline-end: 0.3rem;
    vertical-align: -0.05rem;
    background: var(--_fm-accent);
  }
  .swatch.leader {
    background: var(--_fm-gold);
    box-shadow: 0 0 0 2px var(--_fm-text);
  }
  .swatch.baseline {
    background: var(--_fm-surface);
    border: 2px dashed var(--_fm-text-muted);
  }
  .swatch.other-run {
    width: 0.45rem;
    height: 0.45rem;
    background: none;
    border: 1.5px solid var(--_fm-text-muted);
  }
  @media (forced-colors: active) {
    /* The swatches are the legend: keep them, in system colours. */
    .swatch {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .swatch.leader {
      background: Highlight;
      box-shadow: 0 0 0 2px CanvasText;
    }
    .swatch.baseline,
    .swatch.other-run {
      background: Canvas;
      border-color: CanvasText;
    }
    circle.other-run {
      stroke: CanvasText;
    }
    circle.dot {
      fill: CanvasText;
    }
    circle.leader {
      fill: Highlight;
    }
    .bin {
      fill: GrayText;
      opacity: 1;
    }
    .step-line {
      stroke: Highlight;
    }
  }
  /* Printed, the page is laid out at the paper's width with no time for the chart to redraw:
     the drawing scales down to its box instead of widening the page. */
  @media print {
    svg {
      max-width: 100%;
      height: auto;
    }
  }
`;
