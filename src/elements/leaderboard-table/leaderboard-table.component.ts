import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { BenchmarkRanking, FacetSelection, Feed, Hub, RankedRow } from '../../core/index.js';
import { forgetExtras, requestExtras } from './extras-chunk.js';
import { formatNumber } from '../../internal/format.js';
import { elementMessages } from '../../i18n/element-messages.js';
import { en, type Messages } from '../../i18n/messages.js';
import type { FmFilterChangeDetail } from '../../events/fm-filter-change.js';
import type { FmRowToggleDetail } from '../../events/fm-row-toggle.js';
import type { FmSortChangeDetail } from '../../events/fm-sort-change.js';
import { FmElement } from '../../internal/fm-element.js';
import { tokens } from '../../styles/tokens.styles.js';
import { badgeStyles } from '../tier-badge/tier-badge-view.js';
import { filterRows, orderRows } from './table-rows.js';
import { RowWindow, VIRTUALIZE_FROM } from './row-window.js';
import { RankingController } from '../../controllers/ranking-controller.js';
import { shared } from '../../styles/shared.styles.js';
import { renderTable, type BodyView } from './table-body.js';
import { buildColumns, type Column, type TableContext, type TableExtras } from './table-columns.js';
import type { ShownTable } from './table-export.js';
import { styles } from './leaderboard-table.styles.js';
import { renderPending, renderStatus, statusStyles } from '../../internal/status.js';
import { describeSort, nextSort, RANK_ORDER, type SortState } from './table-sort.js';
import { renderFootnotes, renderToolbar } from './table-parts.js';

/**
 * The ranked table of one benchmark: sortable by every column, filterable, with a details row
 * per model, live from a feed. A real `<table>`: up to `virtualize-threshold` rows every row is in
 * the DOM; above, only the rows near the viewport are, so the DOM stays bounded.
 *
 * @summary A sortable, filterable leaderboard table for one benchmark.
 * @tagname fm-leaderboard-table
 * @fires {CustomEvent<FmSortChangeDetail>} fm-sort-change - The user sorted; `detail.keys` lists the sort keys in order.
 * @fires {CustomEvent<FmRowToggleDetail>} fm-row-toggle - The user opened or closed a row's details; `detail` has `model` and `open`.
 * @fires {CustomEvent<FmFilterChangeDetail>} fm-filter-change - The user changed the search or the baseline toggle.
 * @slot - The page's static copy of the element (`fm-leaderboard render`, for readers without JavaScript), shown in place of "Loading…" until the live view is ready.
 * @slot actions - Controls at the end of the toolbar, such as the export buttons <fm-leaderboard> puts there.
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The search box, baseline toggle, column chooser and count.
 * @csspart search - The search input.
 * @csspart count - The "6 of 11 models" text.
 * @csspart column-chooser - The Columns menu that shows and hides columns.
 * @csspart facets - The Filter menu (type, licence, size, modality), when the table has facets.
 * @csspart table - The `<table>`.
 * @csspart header - The header row.
 * @csspart sort-button - A column header's sort button.
 * @csspart row - A body row.
 * @csspart cell - A body cell.
 * @csspart link - A link in a cell (a model's or a dataset's page).
 * @csspart badge - A tier badge in the tier column (the same markup as <fm-tier-badge>).
 * @csspart icon - A tier badge's icon (hidden from assistive technology).
 * @csspart label - A tier badge's tier name.
 * @csspart details - The content of an opened details row.
 * @csspart status - The loading, empty and error messages.
 * @csspart footnotes - The notes under the table (ties, missing scores, dropped results).
 * @csspart lazy - The room kept for a part still loading on demand, and its Retry note if the load fails.
 * @cssprop [--fm-table-font-size=0.9375rem] - Font size of the table.
 * @cssprop [--fm-tier-badge-font-size=0.875em] - Font size of the tier badges.
 * @cssprop [--fm-table-max-height=70vh] - Height at which the table scrolls inside itself (header stays).
 */
export class FmLeaderboardTable extends FmElement {
  static override styles = [tokens, shared, statusStyles, badgeStyles, styles];

  static override properties = {
    src: {},
    feed: { attribute: false },
    hub: { attribute: false },
    benchmark: { reflect: true },
    ranking: { attribute: false },
    sortKeys: { attribute: false },
    query: {},
    pinned: { attribute: false },
    hideBaselines: { type: Boolean, attribute: 'hide-baselines' },
    virtualizeThreshold: { type: Number, attribute: 'virtualize-threshold' },
    theme: { reflect: true },
    extras: { attribute: false },
    previousSrc: { attribute: 'previous-src' },
    previousFeed: { attribute: false },
    previousRanking: { attribute: false },
    facets: { attribute: false },
    maxFeedBytes: { type: Number, attribute: 'max-feed-bytes' },
    hiddenColumns: { state: true, attribute: false },
    open: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  readonly #rankings = new RankingController(this);
  readonly #rowWindow = new RowWindow<RankedRow>(this);

  /** URL of a feed to fetch, validate and rank. */
  src?: string;

  /** A feed object (wins over `src`). */
  feed?: Feed;

  /** An indexed feed from the core's `buildHub` (wins over `feed`); <fm-leaderboard> passes this. */
  hub?: Hub;

  /** The id of the benchmark to show; the feed's first benchmark when not set. */
  benchmark?: string;

  /** A ranking from the core's `rankBenchmark` on `hub` (<fm-leaderboard> passes it, ranked once). */
  ranking?: BenchmarkRanking;

  /** The sort keys, first deciding; empty for the ranking order. Set by the user through the headers. */
  sortKeys: SortState[] = [];

  /** The search text (model names, ids and aliases). */
  query = '';

  /** Model ids whose rows stay at the top while the rest sorts. */
  pinned: string[] = [];

  /** Hide models whose card says `type: baseline`. */
  hideBaselines = false;

  /** Row count above which rows are virtualized. */
  virtualizeThreshold = VIRTUALIZE_FROM;

  /** `light` or `dark`; `auto` or not set: the site's own light/dark mode where it marks one (Docusaurus, Starlight, MkDocs Material, VitePress), else the reader's system setting. */
  theme?: 'light' | 'dark' | 'auto';

  /** What an add-on adds (see `TableExtras`); `table-extras` sets it from `previous-src` and the facets. */
  extras?: TableExtras;

  /** URL of an older feed (last month's file): each row shows how its rank moved since. */
  previousSrc?: string;

  /** An older feed object (wins over `previousSrc`). */
  previousFeed?: Feed;

  /** The same benchmark ranked on an older feed (wins over both; <fm-leaderboard> passes it). */
  previousRanking?: BenchmarkRanking;

  /** The facet values chosen in the toolbar's Filter: only models that have them are shown, ranks unchanged. */
  facets?: FacetSelection;

  /** Largest feed (in characters) the element will load from `src`. */
  maxFeedBytes = this.#rankings.feeds.maxBytes;

  private hiddenColumns = new Set<string>();
  private open = new Set<string>();
  private announcement = '';

  #columns: Column[] = [];
  #rows: RankedRow[] = [];
  #locale = 'en';
  /** The labels in the reader's language. */
  #t: Messages | null = null;

  override willUpdate(changed: PropertyValues<this>): void {
    this.#rankings.feeds.maxBytes = this.maxFeedBytes;
    const sourceChanged = changed.has('src') || changed.has('feed') || changed.has('hub');
    if (sourceChanged) {
      // New data: start from the ranking order, unless the caller set the view at the same time.
      if (!changed.has('sortKeys')) this.sortKeys = [];
      if (!changed.has('query')) this.query = '';
      this.open = new Set();
    }
    const before = this.#rankings.ranking;
    this.#rankings.update({ src: this.src, feed: this.feed, hub: this.hub }, sourceChanged, this.benchmark, true, this.ranking);
    const labelsBefore = this.#t;
    ({ lang: this.#locale, t: this.#t } = elementMessages(this));
    const ranking = this.#rankings.ranking;
    if (!ranking) {
      this.#rows = [];
      return;
    }
    const rebuilt = ranking !== before || this.#columns.length === 0 || this.#t !== labelsBefore;
    if (rebuilt) this.#columns = buildColumns(this.#context(ranking));
    // Filter and sort only when something they depend on changed, not on every render (a scroll
    // of a windowed table, a details row opened, an announcement).
    // New extras (they come after the first rows, when the page is idle) change the rows only if
    // their row filter changed: the same rows keep a reader's place in a windowed table.
    const keepChanged = changed.has('extras') && (changed.get('extras') as TableExtras | undefined)?.keep !== this.extras?.keep;
    if (rebuilt || keepChanged || changed.has('query') || changed.has('hideBaselines') || changed.has('sortKeys') || changed.has('pinned')) {
      const filtered = filterRows(ranking.rows, { query: this.query, hideBaselines: this.hideBaselines, keep: this.extras?.keep });
      this.#rows = orderRows(filtered, this.sortKeys, this.#columns, this.pinned);
    }
  }

  #context(ranking: BenchmarkRanking): TableContext {
    const state = this.#rankings.state;
    const hub = this.#rankings.hub!;
    return { hub, ranking, lang: this.#locale, t: this.#t!, baseUrl: state.status === 'ready' ? state.baseUrl : document.baseURI, extras: this.extras };
  }

  /** The ranking shown, from the core (null until a feed is loaded). */
  get currentRanking(): BenchmarkRanking | null {
    return this.#rankings.ranking;
  }

  /**
   * What the table shows now: the rows after search and sort, the columns not hidden (null until
   * a ranking is shown). For export: `tableToCsv(table.shown)` from `fm-leaderboard/table-export`.
   */
  get shown(): ShownTable | null {
    const ranking = this.#rankings.ranking;
    return ranking ? { benchmark: ranking.benchmark.id, columns: this.#shownColumns(), rows: this.#rows, hub: this.#rankings.hub ?? undefined } : null;
  }

  override render(): TemplateResult {
    const state = this.#rankings.state;
    if (state.status !== 'ready') return html`<div part="base" class="base">${renderPending(state, this)}</div>`;
    const ranking = this.#rankings.ranking;
    if (!ranking) {
      const t = labelsOf(this.#t);
      const details = [this.#rankings.missingMessage(this.benchmark, t)];
      return html`<div part="base" class="base">${renderStatus({ status: 'error', title: t.unknownBenchmark, details }, t)}</div>`;
    }
    const ctx = this.#context(ranking);
    const columns = this.#shownColumns();
    const view: BodyView = {
      host: this,
      ctx,
      columns,
      rows: this.#rows,
      sort: this.#sortInEffect(),
      open: this.open,
      pinned: new Set(this.pinned),
      window: this.#rowWindow,
      windowed: this.#rows.length > this.virtualizeThreshold,
      caption: ctx.t.tableCaption(ranking.benchmark.name, formatNumber(ranking.rows.length, 0, this.#locale), ranking.rows.length, ranking.primary?.id ?? null),
      onSort: (column, additive) => this.#handleSort(column, additive),
      onToggle: (row) => this.#handleToggle(row),
      onPin: (row) => void this.#handlePin(row),
    };
    const empty = ranking.rows.length === 0;
    return html`<div part="base" class="base">
      ${empty
        ? renderStatus({ status: 'empty', title: ranking.runs === 0 ? ctx.t.noSubmissions : ctx.t.nothingRanked })
        : html`${renderToolbar({
              query: this.query,
              hideBaselines: this.hideBaselines,
              hasBaselines: ranking.rows.some((r) => r.model.baseline),
              shown: this.#rows.length,
              total: ranking.rows.length,
              columns: this.#columns,
              hidden: this.hiddenColumns,
              onQuery: (q) => this.#handleQuery(q),
              onHideBaselines: (on) => this.#handleHideBaselines(on),
              onColumn: (id, visible) => this.#handleColumn(id, visible),
              t: ctx.t,
              lang: this.#locale,
              extra: this.extras?.toolbar?.(),
            })}
            ${renderTable(view)}`}
      ${renderFootnotes(ranking, state, this.#t!, this.#locale)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  override updated(): void {
    // The extras (rank changes, the Filter, probe curves) come as a chunk once rows are drawn.
    if (this.#rankings.ranking && !this.#extrasAsked) {
      this.#extrasAsked = true;
      const now = this.previousSrc || this.previousFeed !== undefined || this.previousRanking || this.facets;
      requestExtras(this, !!now);
    }
  }

  #extrasAsked = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (forgetExtras(this)) this.#extrasAsked = false;
  }

  /** The sort keys in effect: the ranking order is by rank, ascending. */
  #sortInEffect(): readonly SortState[] {
    return this.sortKeys.length > 0 ? this.sortKeys : RANK_ORDER;
  }

  #shownColumns(): Column[] {
    return this.#columns.filter((c) => !this.hiddenColumns.has(c.id));
  }

  #handleSort(column: Column, additive: boolean): void {
    // From the ranking order, a press on Rank reverses it (it is sorted by rank already).
    this.sortKeys = nextSort(this.#sortInEffect(), column, additive);
    const labelOf = (id: string) => this.#columns.find((c) => c.id === id)?.label ?? id;
    this.announcement = describeSort(this.sortKeys, labelOf, this.#t ?? undefined);
    this.emit<FmSortChangeDetail>('fm-sort-change', { keys: this.sortKeys.map((k) => ({ ...k })) });
  }

  #handleToggle(row: RankedRow): void {
    const isOpen = !this.open.has(row.model.key);
    this.open = withKey(this.open, row.model.key, isOpen);
    this.emit<FmRowToggleDetail>('fm-row-toggle', { model: row.model.id, open: isOpen });
  }

  async #handlePin(row: RankedRow): Promise<void> {
    const id = row.model.id;
    const pinned = this.pinned.includes(id);
    this.pinned = pinned ? this.pinned.filter((p) => p !== id) : [...this.pinned, id];
    const t = labelsOf(this.#t);
    this.announcement = pinned ? t.unpinned(row.model.name) : t.pinned(row.model.name);
    // Rows are rendered by position, so the row moves but the focused button stays where it
    // was: move the focus with the row.
    const hadFocus = this.shadowRoot?.activeElement?.classList.contains('pin');
    await this.updateComplete;
    if (hadFocus) [...this.renderRoot.querySelectorAll<HTMLElement>('button.pin')].find((b) => b.dataset.model === row.model.key)?.focus();
  }

  #handleQuery(query: string): void {
    this.query = query;
    this.#filterChanged();
  }

  #handleHideBaselines(on: boolean): void {
    this.hideBaselines = on;
    this.#filterChanged();
  }

  #filterChanged(): void {
    this.emit<FmFilterChangeDetail>('fm-filter-change', { query: this.query, hideBaselines: this.hideBaselines });
    void this.#announceCount();
  }

  #handleColumn(id: string, visible: boolean): void {
    this.hiddenColumns = withKey(this.hiddenColumns, id, !visible);
  }

  async #announceCount(): Promise<void> {
    await this.updateComplete;
    const n = (v: number) => formatNumber(v, 0, this.#locale);
    this.announcement = labelsOf(this.#t).shownAnnouncement(n(this.#rows.length), n(this.#rankings.ranking?.rows.length ?? 0));
  }
}

/** The labels, English before the first update has found the language. */
const labelsOf = (t: Messages | null): Messages => t ?? en;

/** A copy of `set` with `key` in it or not: a new Set, so that lit sees the change. */
function withKey(set: Set<string>, key: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(key);
  else next.delete(key);
  return next;
}
