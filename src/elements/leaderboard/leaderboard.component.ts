import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { hasChoice, type BenchmarkRanking, type FacetSelection, type Feed, type Hub, type HubStats } from '../../core/index.js';
import { FeedController } from '../../controllers/feed-controller.js';
import type { FmFilterChangeDetail, FmFilterChangeEvent } from '../../events/fm-filter-change.js';
import type { FmSortChangeEvent } from '../../events/fm-sort-change.js';
import { FmElement } from '../../internal/fm-element.js';
import { formatNumber } from '../../internal/format.js';
import { withPart } from '../../i18n/element-messages.js';
import { enHub, type HubLabels } from '../../i18n/hub-messages.js';
import { renderPending, renderStatus, statusStyles } from '../../internal/status.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { RowWindow } from '../leaderboard-table/row-window.js';
import { benchmarkGroups, metricsSection, renderBenchmark, sectionsChunk, type ChartKind } from './benchmark-article.js';
import { hubOutline, navTargets, type HubOutline, type NavTarget } from '../../render/outline.js';
import { renderHeader, renderOverall } from './leaderboard-overview.js';
import { styles } from './leaderboard.styles.js';
import { SectionSchedule } from './section-schedule.js';
import { PageLinks } from './page-links.js';
import { Comparison, compareSection, facetsChunk, LazyFacets, LazyPreviousFeed, prefetchForSuites, suitesChunk } from './hub-chunks.js';
import { lazyPlaceholder, NearViewport, whenIdle } from '../../internal/lazy.js';
import { facetStyles } from '../../internal/facet-bar.styles.js';
import { readViewState, replaceSearch, writeFacetsParam, writeOverall, writeTableView, type ViewState } from './url-state.js';
import type { SuiteView } from './suite-view.js';

const ALL_SECTIONS = ['header', 'nav', 'overall', 'benchmarks', 'compare', 'metrics', 'footer'] as const;
/** Results ranked in the task that validated them; a larger feed is ranked in the next task. */
const RESULTS_AT_ONCE = 5000;
/** Past this many results, the overview is drawn first and the benchmarks' sections in the tasks after it. */
const SECTIONS_WITH_OVERVIEW = 1000;
type Section = (typeof ALL_SECTIONS)[number];

/**
 * The whole hub in one tag: title and stats, jump navigation, the overall view (best score per
 * model or mean rank) with the tier distribution, every benchmark by modality and task (podium,
 * table, quick comparison, score distribution, scoring rules), a model comparison and the metric
 * cheat sheet. The feed is fetched, validated and ranked once; the parts get the results.
 *
 * @summary The whole leaderboard hub from one feed.
 * @tagname fm-leaderboard
 * @slot - The page's static copy of the hub (`fm-leaderboard render`, for readers without JavaScript), shown in place of "Loading…" until the live view is ready.
 * @fires {CustomEvent<FmFilterChangeDetail>} fm-filter-change - The reader chose facets in the "Show only some models or results" bar; `detail.facets` is the choice (the tables' own searches fire it too, from inside).
 * @slot intro - Replaces the "What is this / How to read it" text.
 * @slot footer - The page's own footer, e.g. "Add your model".
 * @csspart base - The hub.
 * @csspart header - Title, stats, intro and navigation.
 * @csspart title - The title.
 * @csspart stats - The stats banner.
 * @csspart intro - The "What is this / How to read it" text (or the `intro` slot).
 * @csspart nav - The jump navigation.
 * @csspart suites - The switcher of a feed of several leaderboards.
 * @csspart suite - The shown leaderboard's name, provenance and navigation.
 * @csspart matrix - A leaderboard's matrix of models × benchmarks.
 * @csspart overall - The overall section.
 * @csspart overall-table - The overall table.
 * @csspart tier-distribution - The tier counts.
 * @csspart benchmark - A benchmark's block.
 * @csspart quick-comparison - A benchmark's leader, gap and spread.
 * @csspart how - A benchmark's "How are scores calculated?" disclosure.
 * @csspart changes - A benchmark's rank changes since the older feed (`previous-src`).
 * @csspart compare - The comparison section.
 * @csspart compare-table - The comparison's table.
 * @csspart facets - The "Show only some models or results" bar (type, licence, size, modality, reported by, cautions).
 * @csspart lazy - The room kept for a part still loading on demand, and its Retry note if the load fails.
 * @csspart footer - The footer around the `footer` slot.
 * @csspart status - Loading, empty and error messages.
 * @csspart find-text - The find-in-page text of rows not drawn (shown when the browser finds it).
 * @csspart podium - A podium's figure (exported from fm-podium).
 * @csspart export - A table's Export CSV and Export JSON buttons (in the table's toolbar).
 * @csspart table__table - A benchmark's `<table>` (the table's `table` part).
 * @csspart table__row - A body row of a benchmark's table.
 * @csspart table__cell - A body cell of a benchmark's table.
 * @csspart table__header - The header row of a benchmark's table.
 * @cssprop [--fm-scroll-margin=4rem] - Room kept above a section scrolled to from the navigation (a sticky site header's height).
 * @cssprop [--fm-table-max-height=70vh] - Height at which each table scrolls inside itself (passed on to the tables).
 * @cssprop [--fm-color-heat=the accent colour] - Shading of a suite matrix's cells, mixed into the background by how good the score is.
 */
export class FmLeaderboard extends FmElement {
  static override styles = [tokens, shared, statusStyles, facetStyles, styles];

  static override properties = {
    src: {},
    feed: { attribute: false },
    previousSrc: { attribute: 'previous-src' },
    previousFeed: { attribute: false },
    benchmark: { reflect: true },
    suite: { reflect: true },
    sections: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    maxFeedBytes: { type: Number, attribute: 'max-feed-bytes' },
    theme: { reflect: true },
    facets: { attribute: false },
    overallMode: { state: true, attribute: false },
    chartKinds: { state: true, attribute: false },
  };

  private readonly feeds = new FeedController(this, (data) => prefetchForSuites(data, sectionsChunk));
  /** The overall table's rows past OVERALL_ROWS models. */
  private readonly overallWindow = new RowWindow<object>(this);
  /** Which benchmark sections are drawn yet, and whether their tables are windowed. */
  private readonly schedule = new SectionSchedule(this);
  /** Links to the sections from the page, and printing. */
  private readonly links = new PageLinks(this, this.schedule, () => this.derived?.anchors);
  /** Rank changes against an older feed: its chunk is loaded once `previous-src` or `.previousFeed` is set. */
  private readonly previous = new LazyPreviousFeed(this);
  /** Loads the parts that come on demand (charts, compare) as they come near the viewport. */
  protected readonly nearViewport = new NearViewport(this);
  /** In a feed of suites (the suites chunk): which is shown, the switcher, the suite's overview, the overview across suites. */
  private suites: SuiteView | null = null;

  /** URL of the feed. A new src replaces everything. */
  src?: string;

  /** A feed object (wins over `src`). */
  feed?: Feed;

  /** URL of an older feed (last month's file): the tables show how ranks moved, the header what changed. */
  previousSrc?: string;

  /** An older feed object (wins over `previousSrc`). */
  previousFeed?: Feed;

  /** Show just this benchmark (with the header). */
  benchmark?: string;

  /** In a feed of several leaderboards (suites), the id of the one shown: the first when not set, `-` the benchmarks in no suite, `*` the overview across suites. The reader's choice in the switcher sets it. */
  suite?: string;

  /** The parts to show, space-separated: header nav overall benchmarks compare metrics footer (default: all). */
  sections: string = ALL_SECTIONS.join(' ');

  /** Keep each table's sort, search and facets, the overall view and the facets in the page URL, so a view can be linked. */
  syncUrl = false;

  /** The title; the feed's title when not set. */
  heading?: string;

  /** The level of the title's heading (2 by default); sections use the levels below it. */
  headingLevel = 2;

  /** Largest feed (in characters) accepted from `src`, with a clear message past it (default 20 MB). */
  maxFeedBytes = this.feeds.maxBytes;

  /** `light` or `dark`, passed to every part; `auto` or not set: the site's own light/dark mode where it marks one (Docusaurus, Starlight, MkDocs Material, VitePress), else the reader's system setting. */
  theme?: 'light' | 'dark' | 'auto';

  /**
   * The facet values chosen in the facet bar: of models (type, licence, size, modality), every
   * table shows only the models that have them, ranks unchanged; of results (`reported`: who ran
   * them, `caution`: `none` hides flagged results), the hub is ranked again over the results kept.
   * Set it to choose them from the page.
   */
  facets: FacetSelection = {};

  private overallMode: 'best' | 'mean' = 'best';
  /** The facet bar and what it filters: its chunk comes as the bar nears the viewport, or at once for a choice. */
  private readonly modelFacets = new LazyFacets(this);
  /** Each benchmark's chart, where the reader switched it to score against size. */
  private chartKinds = new Map<string, ChartKind>();
  /** The compare section's choice of models and its options. */
  private readonly comparison = new Comparison(this);

  /** What the hub computes once per feed (of the hub it shows). */
  private derived: HubOutline | null = null;
  /** The feed's hub; the shown suite's; and `derived.hub`, that one with only the results a choice keeps. */
  private full: Hub | null = null;
  private shownHub: Hub | null = null;
  private view: ViewState = { tables: new Map() };
  private sectionsIdle = false;
  /** A large feed's hub, ranked in the next task (see willUpdate). */
  private rankNow: Hub | null = null;
  private rankTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * True once every benchmark section is drawn. A large hub draws the sections at its top at
   * once and each other one when it comes near the viewport, is found, linked to or printed.
   */
  get complete(): boolean {
    return !!this.derived && this.schedule.complete && !!sectionsChunk.value && !this.modelFacets.waits(this.facets);
  }

  /** True while the feed is being ranked or sections that are due are still to be drawn (a batch a task). */
  get drawing(): boolean {
    return this.feeds.state.status === 'ready' && (!this.derived || this.schedule.drawing);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.rankTimer);
    this.previous.stop();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.feeds.maxBytes = this.maxFeedBytes;
    if (changed.has('src') || changed.has('feed')) this.feeds.set({ src: this.src, feed: this.feed });
    // A hub of one benchmark shows a section first: its chunk comes beside the feed; so do the
    // facets when a choice is in effect (the URL's is applied once the feed is ranked).
    if (this.benchmark) sectionsChunk.request(this);
    const urlChooses = (changed.has('src') || changed.has('feed')) && this.syncUrl && new URLSearchParams(location.search).has('fm-facets');
    if ((changed.has('facets') && hasChoice(this.facets)) || urlChooses) facetsChunk.prefetch();
    const ready = this.feeds.state.status === 'ready' ? this.feeds.state : null;
    const full = (this.full = ready?.hub ?? null);
    // A feed of suites shows one at a time (through the suites chunk): that suite's hub is what is ranked and drawn.
    const chunk = full?.suites.length ? suitesChunk.request(this) : undefined;
    if (chunk) this.suites ??= new chunk.SuiteView(this);
    else if (this.suites && !full?.suites.length) this.suites.part = null; // a new feed, without suites
    const shown = (this.shownHub = full && (!full.suites.length ? full : chunk ? this.suites!.hubFor(full, this.benchmark, ready!.baseUrl) : null));
    // A choice of results (who reported them, cautions) ranks again over the results kept.
    const hub = shown && this.modelFacets.hubFor(shown, this.facets);
    if (hub && this.derived?.hub !== hub) {
      // A large feed is ranked in a task of its own, after the one that validated it.
      if (hub.feed.results.length <= RESULTS_AT_ONCE || this.rankNow === hub) this.derive(hub);
      else {
        this.derived = null;
        this.rankLater(hub);
      }
    }
    // The URL's choice of results, read as the hub was derived, is ranked in the next update.
    if (shown && this.derived && this.modelFacets.hubFor(shown, this.facets) !== this.derived.hub) this.requestUpdate();
    this.previous.update(this.previousSrc, this.previousFeed, this.maxFeedBytes, this.derived?.rankings);
    if (!hub && this.derived) {
      this.derived = null;
      this.schedule.reset([], new Map(), false);
    }
  }

  private rankLater(hub: Hub): void {
    clearTimeout(this.rankTimer);
    this.rankTimer = setTimeout(() => {
      this.rankNow = hub;
      this.requestUpdate();
    });
  }

  private derive(hub: Hub): void {
    const outline = this.suites?.part ? this.suites.outline(hub) : hubOutline(hub);
    this.derived = outline; // not a copy: the outline's overall tables are worked out only when read
    // The sections of a large feed follow its overview, a batch a task.
    this.schedule.reset(outline.pageOrder, outline.byId, hub.feed.results.length > SECTIONS_WITH_OVERVIEW);
    this.comparison.reset();
    this.links.reset();
    this.view = this.syncUrl ? readViewState(location.search) : { tables: new Map() };
    if (this.view.overall) this.overallMode = this.view.overall;
    if (this.view.facets) this.facets = this.view.facets;
  }

  /** Every benchmark's ranking, as the core computed it (empty until the feed is loaded). */
  get rankings(): BenchmarkRanking[] {
    return this.derived?.rankings ?? [];
  }

  override updated(): void {
    // The sections' chunk comes as the first section nears the viewport, and in any case once
    // the page is idle (so that printing and find-in-page find every section drawn).
    if (this.derived && !sectionsChunk.value && !this.sectionsIdle) {
      this.sectionsIdle = true;
      whenIdle(() => sectionsChunk.need(this), 5000);
    }
  }

  override render(): TemplateResult {
    const state = this.feeds.state;
    if (state.status !== 'ready') return html`<div part="base" class="hub">${renderPending(state, this)}</div>`;
    if (state.hub.suites.length > 0 && !this.suites) return html`<div part="base" class="hub">${lazyPlaceholder(suitesChunk, this, '10rem')}</div>`;
    const { lang, t } = this.labels();
    const show = new Set((this.sections.trim() ? this.sections.split(/\s+/) : ALL_SECTIONS) as Section[]);
    const level = Math.min(Math.max(this.headingLevel, 1), 6);
    const full = this.full!;
    // In a feed of suites: the suite view (its head, nav and overview), or the overview across suites.
    const suites = this.suites?.part ? this.suites : null;
    const d = this.derived;
    const title = this.heading ?? (d?.hub ?? full).feed.title ?? t.defaultTitle;
    // One template for the header whether the suite is ranked yet or not (see frame).
    const header = (stats: HubStats, nav: NavTarget[]) => (show.has('header') ? html`${renderHeader(title, stats, level, nav, t, lang)}${suites ? suites.renderSwitcher(full) : nothing}` : nothing);
    if (!d) {
      // Until the suite is ranked (its shard loading or failed, or ranking its results, not the
      // index's, which holds none): the header and switcher in the ranked suite's frame, drawn once.
      const pending = renderPending({ status: 'empty', title: t.rankingResults(formatNumber((this.shownHub ?? full).feed.results.length, 0, lang)) }, this);
      if (!suites) return html`<div part="base" class="hub">${pending}</div>`;
      return this.frame(show, header(suites.stats(full), []), nothing, suites.renderWaiting(full) ?? pending);
    }
    if (d.rankings.length === 0) return html`<div part="base" class="hub">${renderStatus({ status: 'empty', title: t.noBenchmarksYet }, t)}</div>`;
    if (this.benchmark && !d.byId.has(this.benchmark)) {
      const ids = d.rankings.map((r) => r.benchmark.id).join(', ');
      return html`<div part="base" class="hub">${renderStatus({ status: 'error', title: t.unknownBenchmark, details: [t.noSuchBenchmark(this.benchmark, ids)] }, t)}</div>`;
    }
    const filtered = this.modelFacets.use(this.facets);
    const single = this.benchmark ? d.byId.get(this.benchmark)! : null;
    const across = !!suites?.across && !single;
    return this.frame(
      show,
      header(suites ? suites.stats(full) : d.stats, show.has('nav') && !single && !suites ? navTargets(d, undefined, t) : []),
      show.has('header') && !across ? html`${this.previous.render(lang)}${this.renderFacetBar()}` : nothing,
      across
        ? suites!.renderAcross(full, level + 1, lang, this.overallWindow)
        : !filtered
        ? this.modelFacets.renderWaiting()
        : single
        ? this.block(single, level + 1, lang, t)
        : html`${suites
            ? suites.renderSuite({ hub: d.hub, rankings: d.rankings, level: level + 1, lang, nav: show.has('nav') ? navTargets(d, undefined, t) : [], overall: show.has('overall'), window: this.overallWindow, anchorOf: (id) => d.anchors.get(id) ?? '' })
            : show.has('overall')
            ? this.renderOverallSection(level + 1, lang, t)
            : nothing}
          ${show.has('benchmarks') ? this.renderBenchmarks(level + 1, lang, t) : nothing}
          ${show.has('compare') ? this.renderCompareSection(level + 1, lang, t) : nothing}
          ${show.has('metrics') ? metricsSection(this, d.hub, level + 1, this.theme, t) : nothing}`,
    );
  }

  /** The hub: its header (with a feed of suites' switcher), the bars under it, its body and footer. */
  private frame(show: ReadonlySet<Section>, header: unknown, bars: unknown, body: unknown): TemplateResult {
    return html`<div part="base" class="hub" @fm-sort-change=${this.handleSortChange} @fm-filter-change=${this.handleFilterChange}>
      ${header}${bars}${body}
      ${show.has('footer') ? html`<footer part="footer"><slot name="footer"></slot></footer>` : nothing}
    </div>`;
  }

  /** The hub's language and labels: the shared part and its own. */
  private labels(): { lang: string; t: HubLabels } {
    return withPart(this, enHub, (zh) => zh.zhCNHub);
  }

  private block(ranking: BenchmarkRanking, level: number, lang: string, t: HubLabels): TemplateResult {
    const d = this.derived!;
    return renderBenchmark(ranking, {
      host: this,
      hub: d.hub,
      lang,
      t,
      level,
      anchor: d.anchors.get(ranking.benchmark.id)!,
      tableView: this.view.tables.get(ranking.benchmark.id),
      tableRanking: this.modelFacets.ranking(ranking),
      previousRanking: this.previous.ranking(ranking),
      chartKind: this.chartKinds.get(ranking.benchmark.id),
      onChartKind: (kind) => (this.chartKinds = new Map(this.chartKinds).set(ranking.benchmark.id, kind)),
      theme: this.theme,
      pending: !this.benchmark && this.schedule.isPending(ranking.benchmark.id),
      windowFrom: this.benchmark ? undefined : this.schedule.windowFrom,
      onFound: () => this.schedule.force(ranking.benchmark.id),
      findable: this.schedule.findable,
    });
  }

  private renderOverallSection(level: number, lang: string, t: HubLabels): TemplateResult {
    const d = this.derived!;
    return renderOverall({
      t,
      hub: d.hub,
      mode: this.overallMode,
      window: this.overallWindow,
      best: this.modelFacets.best(d.best),
      mean: d.mean,
      contested: d.contested,
      tiers: d.tiers,
      lang,
      level,
      anchorOf: (id) => d.anchors.get(id) ?? '',
      findable: this.schedule.findable,
      onMode: (mode) => this.handleOverallMode(mode),
    });
  }

  private renderBenchmarks(level: number, lang: string, t: HubLabels): TemplateResult {
    const d = this.derived!;
    return benchmarkGroups(d.grouping, level, t, (id, at) => this.block(d.byId.get(id)!, at, lang, t));
  }

  private renderCompareSection(level: number, lang: string, t: HubLabels): TemplateResult {
    const d = this.derived!;
    return compareSection(this, level, t.compareModels, () => this.comparison.view(d.enteredModels, d.rankings, lang, t));
  }

  private renderFacetBar(): unknown {
    return this.modelFacets.renderBar(this.shownHub ?? this.derived!.hub, this.derived!.enteredModels, this.facets, (selection) => this.chooseFacets(selection));
  }

  /** The reader chose facets: every table follows, the URL keeps them (sync-url), the page hears it. */
  private chooseFacets(selection: FacetSelection): void {
    this.facets = selection;
    if (this.syncUrl) replaceSearch(writeFacetsParam(location.search, selection));
    this.emit<FmFilterChangeDetail>('fm-filter-change', { query: '', hideBaselines: false, facets: selection });
  }

  private handleOverallMode(mode: 'best' | 'mean'): void {
    this.overallMode = mode;
    if (this.syncUrl) replaceSearch(writeOverall(location.search, mode));
  }

  private handleSortChange = (event: FmSortChangeEvent): void => {
    const benchmark = (event.target as Element).getAttribute('benchmark');
    if (this.syncUrl && benchmark) replaceSearch(writeTableView(location.search, benchmark, { sortKeys: event.detail.keys }));
  };

  private handleFilterChange = (event: FmFilterChangeEvent): void => {
    const benchmark = (event.target as Element).getAttribute('benchmark');
    if (this.syncUrl && benchmark) replaceSearch(writeTableView(location.search, benchmark, { query: event.detail.query, facets: event.detail.facets }));
  };
}
