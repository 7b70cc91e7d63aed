import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { BenchmarkRanking, Feed, Hub } from '../../core/index.js';
import { PopoverController, positioning } from '../../controllers/popover-controller.js';
import { RankingController } from '../../controllers/ranking-controller.js';
import { FmElement } from '../../internal/fm-element.js';
import { elementPart, withPart } from '../../i18n/element-messages.js';
import { enExplainer } from '../../i18n/explainer-messages.js';
import { enSuites } from '../../i18n/suite-messages.js';
import { renderStatus, statusStyles } from '../../internal/status.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { renderBenchmark, renderMetric, renderSheet, type ExplainerContext } from './explainer-content.js';
import { styles } from './metric-explainer.styles.js';

/**
 * What does this number mean? In the default mode, an ⓘ button (or the given label) opens a
 * popover with the metric's name, what it measures, its range and direction, an example, and the
 * tiers that apply on the benchmark. `mode="sheet"` shows the cheat sheet of every metric in the
 * feed; `mode="benchmark"` shows how one benchmark's scores are calculated and ranked.
 *
 * @summary Metric help: a popover, the metric cheat sheet, or a benchmark's scoring rules.
 * @tagname fm-metric-explainer
 * @slot - The trigger's content (default: ⓘ).
 * @csspart trigger - The button that opens the popover.
 * @csspart panel - The popover.
 * @csspart arrow - The popover's arrow.
 * @csspart sheet - The cheat sheet (mode="sheet").
 * @csspart benchmark - The scoring rules (mode="benchmark").
 * @csspart status - The loading and error messages.
 * @csspart lazy - The room kept for a part still loading on demand, and its Retry note if the load fails.
 * @cssprop [--fm-explainer-font-size=0.875rem] - Font size of the popover.
 */
export class FmMetricExplainer extends FmElement {
  static override styles = [tokens, shared, statusStyles, styles];

  static override properties = {
    mode: { reflect: true },
    metric: {},
    benchmark: { reflect: true },
    src: {},
    feed: { attribute: false },
    hub: { attribute: false },
    ranking: { attribute: false },
    theme: { reflect: true },
  };

  private readonly rankings = new RankingController(this);
  private readonly panel = new PopoverController(this, {
    trigger: () => this.renderRoot.querySelector('button.trigger'),
    panel: () => this.renderRoot.querySelector('[popover]'),
    arrow: () => this.renderRoot.querySelector('.arrow'),
  });

  /** `popover` (default), `sheet` (every metric of the feed) or `benchmark` (one benchmark's scoring rules). */
  mode: 'popover' | 'sheet' | 'benchmark' = 'popover';

  /** The metric id to explain (mode="popover"). */
  metric?: string;

  /** The benchmark whose tiers and rules apply. */
  benchmark?: string;

  /** URL of a feed to fetch. */
  src?: string;

  /** A feed object (wins over `src`). */
  feed?: Feed;

  /** An indexed feed from the core's `buildHub` (wins over `feed`). */
  hub?: Hub;

  /** A ranking from the core's `rankBenchmark` on `hub` (<fm-leaderboard> passes it, ranked once). */
  ranking?: BenchmarkRanking;

  /** `light` or `dark`; `auto` or not set: the site's own light/dark mode where it marks one (Docusaurus, Starlight, MkDocs Material, VitePress), else the reader's system setting. */
  theme?: 'light' | 'dark' | 'auto';

  #labels?: { shared: object; suites: object; t: ExplainerContext['t'] };

  override willUpdate(changed: PropertyValues<this>): void {
    const sourceChanged = changed.has('src') || changed.has('feed') || changed.has('hub');
    this.rankings.update({ src: this.src, feed: this.feed, hub: this.hub }, sourceChanged, this.benchmark, this.mode === 'benchmark', this.ranking);
  }

  /** Whether the popover is open. */
  get open(): boolean {
    return this.panel.open;
  }

  /** Opens the popover. */
  show(): Promise<void> {
    return this.panel.show(false);
  }

  /** Closes the popover. */
  hide(): void {
    this.panel.hide(false);
  }

  override render(): TemplateResult {
    const state = this.rankings.state;
    const { lang, t: shared } = withPart(this, enExplainer, (zh) => zh.zhCNExplainer);
    if (state.status !== 'ready') return this.mode === 'popover' && state.status === 'idle' ? html`` : renderStatus(state, shared);
    // The suites' sentences (how each leaderboard's overall is computed), for the cheat sheet.
    const suites = elementPart(this, enSuites, (zh) => zh.zhCNSuites);
    if (this.#labels?.shared !== shared || this.#labels.suites !== suites) this.#labels = { shared, suites, t: { ...shared, ...suites } };
    const ctx: ExplainerContext = { hub: state.hub, lang, t: this.#labels.t, ranking: this.rankings.ranking };
    if (this.mode === 'sheet') return renderSheet(ctx);
    if (this.mode === 'benchmark') {
      return ctx.ranking
        ? renderBenchmark(ctx.ranking, ctx)
        : renderStatus({ status: 'error', title: shared.unknownBenchmark, details: [this.rankings.missingMessage(this.benchmark, shared)] }, shared);
    }
    return this.renderPopover(ctx);
  }

  private renderPopover(ctx: ExplainerContext): TemplateResult {
    const id = this.metric ?? (ctx.ranking as BenchmarkRanking | null)?.primary?.id;
    if (!id) return renderStatus({ status: 'error', title: ctx.t.noMetric, details: [ctx.t.setMetric] }, ctx.t);
    const name = ctx.hub.metric(id).name;
    const open = this.panel.open;
    return html`<span class="wrap" @pointerenter=${this.handlePointerEnter} @pointerleave=${this.handlePointerLeave}>
      <button
        part="trigger"
        class="trigger"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${() => this.panel.toggle()}
        @focus=${positioning.prefetch}
      >
        <slot><span class="i-icon" aria-hidden="true">i</span></slot><span class="visually-hidden">${ctx.t.aboutMetric(name)}</span>
      </button>
      <div id="panel" part="panel" popover="manual" role="dialog" aria-labelledby="panel-title">
        <div class="arrow" part="arrow"></div>
        <div class="panel-body" tabindex="0">${open ? renderMetric(id, ctx, 'panel-title') : nothing}</div>
      </div>
    </span>`;
  }

  private handlePointerEnter(event: PointerEvent): void {
    // A reader reaching for the trigger: load the positioning chunk now, before the click.
    positioning.prefetch();
    if (event.pointerType === 'mouse') this.panel.hoverStart();
  }

  private handlePointerLeave(event: PointerEvent): void {
    if (event.pointerType === 'mouse') this.panel.hoverEnd();
  }
}
