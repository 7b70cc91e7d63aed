import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { cssProps } from '../../internal/css-props.js';
import { rankAll, type BenchmarkRanking, type Feed, type Hub } from '../../core/index.js';
import { RankingController } from '../../controllers/ranking-controller.js';
import { SizeController } from '../../controllers/size-controller.js';
import { FmElement } from '../../internal/fm-element.js';
import { formatNumber } from '../../internal/format.js';
import { withPart } from '../../i18n/element-messages.js';
import { enCharts, type ChartLabels } from '../../i18n/chart-messages.js';
import { renderStatus, statusStyles } from '../../internal/status.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { buildRow, SUMMARY, type ChartRow, type Dot } from './chart-model.js';
import { focusOrder, renderDataTable, renderRow, type ChartView } from './chart-render.js';
import { styles } from './score-distribution.styles.js';
import { buildHistory } from './history.js';
import { buildProbes } from './probes.js';
import { buildTradeoff } from './tradeoff.js';
import { nextFocus, renderXY, summarise, type XYChart, type XYPoint } from './xy-chart.js';

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
 * @slot - The page's static copy of the element (`fm-leaderboard render`, for readers without JavaScript), shown in place of "Loading…" until the live view is ready.
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
    xMetric: { attribute: 'x-metric' },
    theme: { reflect: true },
    focusedDots: { state: true, attribute: false },
    xyFocus: { state: true, attribute: false },
    xyTip: { state: true, attribute: false },
    tooltip: { state: true, attribute: false },
  };

  private readonly rankings = new RankingController(this);
  private readonly size = new SizeController(this);

  /** URL of a feed to fetch. */
  src?: string;

  /** A feed object (wins over `src`). */
  feed?: Feed;

  /** An indexed feed from the core's `buildHub` (wins over `feed`). */
  hub?: Hub;

  /** One benchmark's id; without it, one row per benchmark of the feed. */
  benchmark?: string;

  /** A ranking from the core's `rankBenchmark` on `hub` (<fm-leaderboard> passes it, ranked once). */
  ranking?: BenchmarkRanking;

  /**
   * `scores` (the default): how the scores spread. `tradeoff`: score against model size (log axis)
   * with the Pareto frontier, for one benchmark; models without a single stated size are listed.
   * `history`: the runs by date with the record line; without `benchmark`, one per benchmark.
   * `probes`: for one benchmark, each robustness probe's curves (mean ± std per model and series).
   */
  kind: 'scores' | 'tradeoff' | 'history' | 'probes' = 'scores';

  /** For `kind="tradeoff"`: a metric the runs report (the cost of a run, `cost_usd`) to put across instead of model size. */
  xMetric?: string;

  /** `light` or `dark`; `auto` or not set: the site's own light/dark mode where it marks one (Docusaurus, Starlight, MkDocs Material, VitePress), else the reader's system setting. */
  theme?: 'light' | 'dark' | 'auto';

  /** The two-axis charts drawn (kind tradeoff or history), with each one's focused point and tooltip. */
  private xyCharts: XYChart[] = [];
  private xyFocus: number[] = [];
  private xyTip: { chart: number; point: XYPoint } | null = null;

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
    if (this.kind === 'tradeoff' || this.kind === 'history' || this.kind === 'probes') {
      this.rows = [];
      const { lang, t } = this.labels();
      // A small multiple's width: two to a row where there is room.
      const each = (this.size.width || 640) >= 760 ? Math.floor((this.size.width - 16) / 2) : Math.max(280, this.size.width || 640);
      if (this.kind === 'probes') {
        const ranking = this.rankings.ranking;
        this.xyCharts = single && ranking ? buildProbes(ranking, each, lang, t) : [];
      } else if (this.kind === 'tradeoff' || single) {
        const ranking = this.rankings.ranking;
        const across = Math.max(280, this.size.width || 640);
        const xMetric = this.xMetric ? { id: this.xMetric, definition: hub.metric(this.xMetric) } : undefined;
        const chart = single && ranking ? (this.kind === 'tradeoff' ? buildTradeoff(ranking, across, lang, t, xMetric) : buildHistory(ranking, across, lang, t)) : null;
        this.xyCharts = chart ? [summarise(chart, this.kind === 'tradeoff' ? 'model' : 'run', t, lang)] : [];
      } else {
        // Small multiples: one history per benchmark, two to a row where there is room.
        if (this.allRankings?.hub !== hub) this.allRankings = { hub, rankings: rankAll(hub) };
        this.xyCharts = this.allRankings.rankings
          .map((r) => buildHistory(r, each, lang, t))
          .filter((c): c is XYChart => c !== null && c.points.length > 0)
          .map((c) => summarise(c, 'run', t, lang));
      }
      this.xyFocus = this.xyCharts.map((c, i) => Math.min(this.xyFocus[i] ?? 0, Math.max(0, c.points.length - 1)));
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

  /** The language and labels: the shared part and the charts' own. */
  private labels(): { lang: string; t: ChartLabels } {
    return withPart(this, enCharts, (zh) => zh.zhCNCharts);
  }

  override render(): TemplateResult {
    const state = this.rankings.state;
    const { lang, t } = this.labels();
    if (state.status !== 'ready') return renderStatus(state, t);
    if (this.benchmark && !this.rankings.ranking) {
      return renderStatus({ status: 'error', title: t.unknownBenchmark, details: [this.rankings.missingMessage(this.benchmark, t)] }, t);
    }
    if (this.kind === 'tradeoff' || this.kind === 'history' || this.kind === 'probes') {
      if (this.kind !== 'history' && !this.benchmark) {
        return renderStatus({ status: 'error', title: t.noBenchmark, details: [t.oneBenchmark(this.kind)] }, t);
      }
      if (this.xyCharts.length === 0) return renderStatus({ status: 'empty', title: this.kind === 'probes' ? t.noProbes : t.noScores }, t);
      return html`<div class="xy-charts" ${cssProps({ '--_fm-xy-width': `${this.xyCharts[0].width}px` })}>
        ${this.xyCharts.map((chart, c) =>
          renderXY(
            chart,
            {
              focus: this.xyFocus[c] ?? 0,
              tooltip: this.xyTip?.chart === c ? this.xyTip.point : null,
              onFocus: (index) => {
                this.xyFocus = Object.assign([...this.xyFocus], { [c]: index });
                this.xyTip = { chart: c, point: chart.points[index] };
              },
              onHover: (point) => (this.xyTip = point ? { chart: c, point } : null),
              onKeydown: (event) => this.moveXYFocus(c, event),
            },
            this.kind,
          ),
        )}
      </div>`;
    }
    if (this.rows.length === 0) return renderStatus({ status: 'empty', title: t.noScores }, t);
    const single = !!this.benchmark;
    const width = Math.max(240, (this.size.width || 640) - (single ? 0 : LABEL_WIDTH));
    const view: ChartView = {
      lang,
      t,
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
          ${renderRow(row, i, width, view)} ${renderDataTable(row, lang, t)}
        </div>
        ${row.bins.length > 0 ? html`<p class="note">${t.binsNote(formatNumber(row.ranking.rows.length, 0, lang), SUMMARY.leaders, SUMMARY.last)}</p>` : nothing}`,
      )}
      <ul class="legend" part="legend" aria-hidden="true">
        <li><span class="swatch leader"></span>${t.legendLeader}</li>
        <li><span class="swatch"></span>${t.legendModel}</li>
        <li><span class="swatch baseline"></span>${t.legendBaseline}</li>
        <li><span class="swatch other-run"></span>${t.otherRuns}</li>
        <li>${t.legendTiers}</li>
      </ul>
    </div>`;
  }

  private handleFocusDot(row: number, index: number): void {
    this.focusedDots = new Map(this.focusedDots).set(row, index);
    this.tooltip = { row, dot: focusOrder(this.rows[row])[index] };
  }

  /** In a two-axis chart, arrow keys move from point to point; Home and End jump to the ends. */
  private async moveXYFocus(chart: number, event: KeyboardEvent): Promise<void> {
    const next = nextFocus(event, this.xyFocus[chart] ?? 0, this.xyCharts[chart]?.points.length ?? 0);
    if (next === null) return;
    event.preventDefault();
    this.xyFocus = Object.assign([...this.xyFocus], { [chart]: next });
    await this.updateComplete;
    this.renderRoot.querySelectorAll('figure.xy')[chart]?.querySelector<SVGElement>('circle[tabindex="0"]')?.focus();
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
