import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { cssProps } from '../../internal/css-props.js';
import { rankAll, type BenchmarkRanking, type Hub } from '../../core/index.js';
import { RankingController } from '../../controllers/ranking-controller.js';
import { SizeController } from '../../controllers/size-controller.js';
import { FmElement } from '../../internal/fm-element.js';
import { resolveLang } from '../../internal/format.js';
import { renderStatus, statusStyles } from '../../internal/status.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { buildRow, SUMMARY, type ChartRow, type Dot } from './chart-model.js';
import { focusOrder, renderDataTable, renderRow, type ChartView } from './chart-render.js';
import { styles } from './score-distribution.styles.js';
import { buildTradeoff, renderTradeoff, type Tradeoff, type TradeoffPoint } from './tradeoff.js';

const LABEL_WIDTH = 176;

/**
 * How the scores spread: every model's best score as a dot on the metric's axis (a beeswarm, no
 * overlaps), best on the right, tier bands behind, the leader and baselines marked, other runs
 * faint. Without `benchmark`, one row per benchmark, each on its metric's full range, so a reader
 * sees which benchmarks are saturated. Dots are reachable by keyboard (one tab stop per row,
 * arrows move); a visually hidden table gives the same numbers to screen readers.
 *
 * @summary The score distribution of a benchmark, or of every benchmark.
 * @tagname fm-score-distribution
 * @csspart base - The chart.
 * @csspart svg - A row's SVG.
 * @csspart tooltip - The tooltip of the hovered or focused dot.
 * @csspart legend - The legend.
 * @csspart status - The loading, empty and error messages.
 * @cssprop [--fm-chart-font-size=0.8125rem] - Font size of labels.
 * @cssprop --fm-chart-dot-color - Colour of model dots (default: the accent colour).
 */
export class FmScoreDistribution extends FmElement {
  static override styles = [tokens, shared, statusStyles, styles];

  static override properties = {
    src: {},
    feed: { attribute: false },
    hub: { attribute: false },
    benchmark: { reflect: true },
    ranking: { attribute: false },
    kind: { reflect: true },
    theme: { reflect: true },
    focusedDots: { state: true, attribute: false },
    tradeoffFocus: { state: true, attribute: false },
    tradeoffTip: { state: true, attribute: false },
    tooltip: { state: true, attribute: false },
  };

  private readonly rankings = new RankingController(this);
  private readonly size = new SizeController(this);

  /** URL of a feed to fetch. */
  src?: string;

  /** A feed object (wins over `src`). */
  feed?: unknown;

  /** An indexed feed from the core's `buildHub` (wins over `feed`). */
  hub?: Hub;

  /** One benchmark's id; without it, one row per benchmark of the feed. */
  benchmark?: string;

  /** A ranking from the core's `rankBenchmark` on `hub` (<fm-leaderboard> passes it, ranked once). */
  ranking?: BenchmarkRanking;

  /**
   * `scores` (the default): how the scores spread. `tradeoff`: score against model size (log axis)
   * with the Pareto frontier, for one benchmark; models without a single stated size are listed.
   */
  kind: 'scores' | 'tradeoff' = 'scores';

  /** `light` or `dark`; follows the system when not set. */
  theme?: 'light' | 'dark';

  private tradeoff: Tradeoff | null = null;
  private tradeoffFocus = 0;
  private tradeoffTip: TradeoffPoint | null = null;

  private focusedDots = new Map<number, number>();
  private tooltip: { row: number; dot: Dot } | null = null;

  private rows: ChartRow[] = [];
  private allRankings: { hub: Hub; rankings: BenchmarkRanking[] } | null = null;

  override willUpdate(changed: PropertyValues<this>): void {
    const sourceChanged = changed.has('src') || changed.has('feed') || changed.has('hub');
    this.rankings.update({ src: this.src, feed: this.feed, hub: this.hub }, sourceChanged, this.benchmark, false, this.ranking);
    const hub = this.rankings.hub;
    if (!hub) {
      this.rows = [];
      return;
    }
    const single = !!this.benchmark;
    const width = Math.max(240, (this.size.width || 640) - (single ? 0 : LABEL_WIDTH));
    if (this.kind === 'tradeoff') {
      const ranking = this.rankings.ranking;
      this.tradeoff = ranking ? buildTradeoff(ranking, Math.max(280, this.size.width || 640)) : null;
      if (this.tradeoff && this.tradeoffFocus >= this.tradeoff.points.length) this.tradeoffFocus = 0;
      this.rows = [];
      return;
    }
    let rankings: BenchmarkRanking[];
    if (single) rankings = this.rankings.ranking ? [this.rankings.ranking] : [];
    else {
      if (this.allRankings?.hub !== hub) this.allRankings = { hub, rankings: rankAll(hub) };
      rankings = this.allRankings.rankings;
    }
    this.rows = rankings.map((r) => buildRow(r, width, { fullRange: !single })).filter((r): r is ChartRow => r !== null);
  }

  override render(): TemplateResult {
    const state = this.rankings.state;
    if (state.status !== 'ready') return renderStatus(state);
    if (this.benchmark && !this.rankings.ranking) {
      return renderStatus({ status: 'error', title: 'Unknown benchmark', details: [this.rankings.missingMessage(this.benchmark)] });
    }
    if (this.kind === 'tradeoff') {
      if (!this.benchmark) return renderStatus({ status: 'error', title: 'No benchmark', details: ['kind="tradeoff" draws one benchmark: set the benchmark attribute.'] });
      if (!this.tradeoff) return renderStatus({ status: 'empty', title: 'No scores to show yet' });
      return renderTradeoff(this.tradeoff, {
        lang: resolveLang(this),
        focus: this.tradeoffFocus,
        tooltip: this.tradeoffTip,
        onFocus: (index) => {
          this.tradeoffFocus = index;
          this.tradeoffTip = this.tradeoff!.points[index];
        },
        onHover: (point) => (this.tradeoffTip = point),
        onKeydown: (event) => this.moveTradeoffFocus(event),
      });
    }
    if (this.rows.length === 0) return renderStatus({ status: 'empty', title: 'No scores to show yet' });
    const single = !!this.benchmark;
    const width = Math.max(240, (this.size.width || 640) - (single ? 0 : LABEL_WIDTH));
    const view: ChartView = {
      lang: resolveLang(this),
      focus: this.focusedDots,
      tooltip: this.tooltip,
      onFocusDot: (row, index) => this.handleFocusDot(row, index),
      onHover: (row, dot) => (this.tooltip = dot ? { row, dot } : null),
      onKeydown: (row, event) => this.handleKeydown(row, event),
    };
    return html`<div part="base" class="chart" ${cssProps({ '--_fm-label-width': single ? '0px' : `${LABEL_WIDTH}px` })}>
      ${this.rows.map(
        (row, i) => html`<div class="row">
          <div class="row-label">${single ? '' : html`${row.ranking.benchmark.name} <small>${row.ranking.primary!.id}</small>`}</div>
          ${renderRow(row, i, width, view)} ${renderDataTable(row, view.lang)}
        </div>
        ${row.bins.length > 0
          ? html`<p class="note">${row.ranking.rows.length.toLocaleString('en')} models: the ${SUMMARY.leaders} best and the ${SUMMARY.last} last as dots, the bars count the models at each score.</p>`
          : nothing}`,
      )}
      <ul class="legend" part="legend" aria-hidden="true">
        <li><span class="swatch leader"></span>Leader</li>
        <li><span class="swatch"></span>Model (best run)</li>
        <li><span class="swatch baseline"></span>Baseline</li>
        <li><span class="swatch other-run"></span>Other runs</li>
        <li>Shaded: tiers</li>
      </ul>
    </div>`;
  }

  private handleFocusDot(row: number, index: number): void {
    this.focusedDots = new Map(this.focusedDots).set(row, index);
    this.tooltip = { row, dot: focusOrder(this.rows[row])[index] };
  }

  /** In the tradeoff chart, arrow keys move from size to size; Home and End jump to the ends. */
  private async moveTradeoffFocus(event: KeyboardEvent): Promise<void> {
    const last = (this.tradeoff?.points.length ?? 1) - 1;
    const next = { ArrowRight: this.tradeoffFocus + 1, ArrowUp: this.tradeoffFocus + 1, ArrowLeft: this.tradeoffFocus - 1, ArrowDown: this.tradeoffFocus - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.tradeoffFocus = Math.max(0, Math.min(last, next));
    await this.updateComplete;
    this.renderRoot.querySelector<SVGElement>('.tradeoff circle[tabindex="0"]')?.focus();
  }

  /** Arrow keys move along the row's dots; Home and End jump to the ends. */
  private async handleKeydown(row: number, event: KeyboardEvent): Promise<void> {
    const order = focusOrder(this.rows[row]);
    const current = this.focusedDots.get(row) ?? order.length - 1;
    const next = { ArrowRight: current + 1, ArrowUp: current + 1, ArrowLeft: current - 1, ArrowDown: current - 1, Home: 0, End: order.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = Math.max(0, Math.min(order.length - 1, next));
    this.focusedDots = new Map(this.focusedDots).set(row, index);
    await this.updateComplete;
    this.renderRoot.querySelectorAll<SVGElement>('.row')[row]?.querySelector<SVGElement>('circle[tabindex="0"]')?.focus();
  }
}
