// The suites chunk: what the hub needs only for a feed of several leaderboards. The hub holds one
// SuiteView once its feed has suites: which suite is shown (its `suite` property, fm-suite in the
// URL), the suite's hub, and the suite's parts of the page.
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { partHub, shardOf, type BenchmarkRanking, type Hub, type HubStats, type ShardRef, type SuitePart } from '../../core/index.js';
import type { RowWindow } from '../leaderboard-table/row-window.js';
import { hubOutline, type HubOutline, type NavTarget } from '../../render/outline.js';
import { SuiteOverview } from './suite-overall.js';
import { ACROSS, SuiteShell } from './suite-shell.js';
import { suiteStyles } from './suite-view.styles.js';
import { editedSearch, replaceSearch } from './url-state.js';
import { renderShardState, ShardLoader, type ShardState } from './shard-loader.js';
import { suiteLabels } from './suite-labels.js';

interface Host extends ReactiveElement {
  suite?: string;
  syncUrl: boolean;
  src?: string;
  maxFeedBytes: number;
}

export interface SuiteBody {
  level: number;
  lang: string;
  hub: Hub;
  rankings: BenchmarkRanking[];
  nav: NavTarget[];
  overall: boolean;
  window: RowWindow<object>;
  anchorOf: (benchmarkId: string) => string;
}

export class SuiteView {
  readonly #shell: SuiteShell;
  readonly #overview: SuiteOverview;
  /** The hub whose fm-suite was read from the URL. */
  #urlRead: Hub | null = null;
  /** The part shown (set by `hubFor`). */
  part: SuitePart | null = null;
  readonly #shards: ShardLoader;
  /** The index's URL, which its shards' URLs are relative to. */
  #baseUrl = '';
  /** The shown part's shard while it loads or after it failed (set by `hubFor`). */
  #waiting: { ref: ShardRef; state: Exclude<ShardState, { status: 'ready' }> } | null = null;

  constructor(private readonly host: Host) {
    this.#overview = new SuiteOverview(host);
    this.#shards = new ShardLoader(host);
    this.#shell = new SuiteShell(host, (suiteHub) => this.#overview.standing(suiteHub), (full, part) => this.#partHub(full, part));
    const root = host.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, suiteStyles.styleSheet!];
  }

  /**
   * The hub of the suite to show (the URL's choice read once per feed, under sync-url); null
   * while its shard loads or when it failed (`renderWaiting` shows which). `baseUrl`: the feed's.
   */
  hubFor(full: Hub, benchmark: string | undefined, baseUrl: string): Hub | null {
    if (this.host.syncUrl && this.#urlRead !== full) this.host.suite = new URLSearchParams(location.search).get('fm-suite') ?? this.host.suite;
    this.#urlRead = full;
    this.#baseUrl = baseUrl;
    this.part = this.#shell.part(full, this.host.suite, benchmark);
    this.#waiting = null;
    if (!this.part) return full;
    const ref = shardOf(full.feed, this.part.id);
    if (!ref) return partHub(full, this.part);
    const state = this.#shards.state(full, ref, baseUrl);
    if (state.status !== 'ready') {
      this.#waiting = { ref, state };
      return null;
    }
    this.#shards.prefetch(full, ref, baseUrl);
    return partHub(full, this.part, state);
  }

  /** A part's hub, or where its shard is (asking starts its load). */
  #partHub(full: Hub, part: SuitePart): Hub | 'loading' | 'failed' {
    const ref = shardOf(full.feed, part.id);
    if (!ref) return partHub(full, part);
    const state = this.#shards.state(full, ref, this.#baseUrl);
    return state.status === 'ready' ? partHub(full, part, state) : state.status === 'loading' ? 'loading' : 'failed';
  }

  /** The shown suite's shard loading, or its error with a retry; null when nothing waits. */
  renderWaiting(full: Hub): TemplateResult | null {
    const waiting = this.#waiting;
    if (!waiting || !this.part) return null;
    const retry = () => this.#shards.retry(full, waiting.ref);
    const { lang, t } = suiteLabels(this.host);
    return renderShardState(waiting.state, waiting.ref, retry, this.part.suite?.name ?? waiting.ref.suite, t, lang);
  }

  /** True when the overview across suites is shown. */
  get across(): boolean {
    return !!this.part && this.host.suite === ACROSS;
  }

  /** The whole feed's counts, with its number of leaderboards. */
  stats(full: Hub): HubStats {
    return { ...this.#shell.stats(full), leaderboards: full.suites.length > 1 ? full.suites.length : undefined };
  }

  /** The suite's outline: its benchmarks are grouped under its name, in its own view "Benchmarks". */
  outline(hub: Hub): HubOutline {
    const outline = hubOutline(hub);
    const name = this.part?.suite?.name;
    const { t } = suiteLabels(this.host);
    outline.grouping.groups = outline.grouping.groups.map((g) => (g.modality === name ? { ...g, modality: t.benchmarksGroup } : g));
    return outline;
  }

  renderSwitcher(full: Hub): TemplateResult | typeof nothing {
    return this.#shell.renderSwitcher(full, this.part, this.across, (id) => {
      this.host.suite = id;
      if (this.host.syncUrl) replaceSearch(editedSearch(location.search, (params) => params.set('fm-suite', id)));
    });
  }

  renderAcross(full: Hub, level: number, lang: string, window: RowWindow<object>): TemplateResult {
    return this.#shell.renderAcross(full, level, lang, window, () => this.#shards.settled(full));
  }

  /** The suite's heading, provenance and navigation, then its overview (`overall`). */
  renderSuite(view: SuiteBody): TemplateResult {
    const base = this.host.src ? new URL(this.host.src, location.href).href : location.href;
    return html`${this.#shell.renderSuiteHead(this.part!, view.level, base, view.nav)}
    ${view.overall ? this.#overview.render(view) : nothing}`;
  }
}
