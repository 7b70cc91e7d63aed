// The hub's rank changes: an older feed (`previous-src`, `.previousFeed`; a page keeps
// last month's file) ranked once, each benchmark's previous ranking handed to its table (which
// marks each row ▲2, ▼1 or "new"), and one sentence under the header on what changed.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { hubChanges, rankAll, type BenchmarkRanking, type HubChanges, type Hub, type ResolvedModel, type ShardRef } from '../../core/index.js';
import { FeedController, problemLine, type FeedState } from '../../controllers/feed-controller.js';
import { fetchShard, joinedHub } from '../../controllers/shard-fetch.js';
import { formatDate, formatNumber } from '../../internal/format.js';
import { enChanges } from '../../i18n/change-messages.js';
import { withPart } from '../../i18n/element-messages.js';

/** Models named in the sentence; the rest are counted. */
const NAMED = 3;

export class PreviousFeed {
  readonly feeds: FeedController;
  #source: [unknown, unknown] = [undefined, undefined];
  #ranked: { current: readonly BenchmarkRanking[]; previous: Hub; byId: Map<string, BenchmarkRanking>; changes: HubChanges } | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The older feed's shard that could not be used, if the comparison waits on it. */
  #failed: Extract<FeedState, { status: 'error' }> | null = null;
  /** An older feed in shards: the shown suite's shard joined to it, by index and suite. */
  #joined = new WeakMap<Hub, Map<string, FeedState>>();

  constructor(private readonly host: ReactiveControllerHost) {
    this.feeds = new FeedController(host);
  }

  /** Call from the host's willUpdate. */
  set(src: string | undefined, feed: unknown, maxBytes: number): void {
    if (src === this.#source[0] && feed === this.#source[1]) return;
    this.#source = [src, feed];
    this.feeds.maxBytes = maxBytes;
    this.feeds.set({ src, feed });
  }

  /**
   * Ranks the older feed and compares, in tasks of their own (a public leaderboard's feed takes
   * tens of milliseconds to rank), once per pair of feeds; the host updates when it is done.
   */
  compare(current: readonly BenchmarkRanking[]): void {
    const state = this.feeds.state;
    const index = state.status === 'ready' ? state.hub : null;
    // A feed of suites is compared suite by suite: the one shown (its shard, if the older feed has them).
    const suites = new Set(current.map((r) => r.benchmark.suite ?? null));
    const previous = index && this.#withShard(index, current[0]?.benchmark.suite, state.status === 'ready' ? state.baseUrl : '');
    if (!previous) {
      this.#ranked = null;
      return;
    }
    if (this.#ranked?.current === current && this.#ranked.previous === previous) return;
    clearTimeout(this.#timer);
    // Ranking, then comparing: each about 100 ms for two feeds of 30,000 results, a task each.
    this.#timer = setTimeout(() => {
      const rankings = rankAll(previous).filter((r) => suites.has(r.benchmark.suite ?? null));
      this.#timer = setTimeout(() => {
        this.#ranked = { current, previous, byId: new Map(rankings.map((r) => [r.benchmark.id, r])), changes: hubChanges(current, rankings) };
        this.host.requestUpdate();
      });
    });
  }

  /** The older feed with the shard of `suite` joined, if it is in shards; null while it loads or when it failed. */
  #withShard(index: Hub, suite: string | undefined, baseUrl: string): Hub | null {
    this.#failed = null;
    const ref = index.feed.shards?.find((s: ShardRef) => s.suite === suite);
    if (!ref) return index;
    const states = this.#joined.get(index) ?? new Map<string, FeedState>();
    this.#joined.set(index, states);
    const state = states.get(ref.suite);
    if (state?.status === 'error') this.#failed = state;
    if (state) return state.status === 'ready' ? state.hub : null;
    states.set(ref.suite, { status: 'loading', url: ref.url });
    void fetchShard(index.feed, ref, baseUrl, this.feeds.maxBytes).then((shard) => {
      const hub = joinedHub(index, shard.status === 'ready' ? shard : { results: [], models: [] });
      states.set(ref.suite, shard.status === 'error' ? shard : { status: 'ready', hub, dropped: [], warnings: 0, baseUrl });
      this.host.requestUpdate();
    });
    return null;
  }

  stop(): void {
    clearTimeout(this.#timer);
  }

  /** A benchmark's ranking in the older feed (an empty one if it had none: every row is new). */
  ranking(current: BenchmarkRanking): BenchmarkRanking | undefined {
    if (!this.#ranked) return undefined;
    return this.#ranked.byId.get(current.benchmark.id) ?? emptyOf(current);
  }

  /** The sentence under the header: what changed since when, or why the older feed cannot say. */
  render(lang: string): TemplateResult | typeof nothing {
    const state = this.#failed ?? this.feeds.state;
    const { t } = withPart(this.host as unknown as Element & ReactiveControllerHost, enChanges, (zh) => zh.zhCNChanges);
    if (state.status === 'error') return html`<p class="changes error" role="alert">${t.noRankChanges(problemLine(state, t))}</p>`;
    if (!this.#ranked) return nothing;
    const { changes, previous } = this.#ranked;
    const n = (v: number) => formatNumber(v, 0, lang);
    const since = t.sinceWhen(previous.feed.generated ? formatDate(previous.feed.generated, lang) : null);
    const parts = [
      changes.newModels.length > 0 ? t.newModels(n(changes.newModels.length), changes.newModels.length, few(names(changes.newModels), ', ', t, lang)) : '',
      changes.newLeaders.length > 0
        ? t.newLeaders(n(changes.newLeaders.length), changes.newLeaders.length, few(changes.newLeaders.map((l) => t.leaderOn(names(l.models).join(t.and), l.benchmark)), '; ', t, lang))
        : '',
      changes.moved > 0 ? t.ranksMoved(n(changes.moved), changes.moved) : '',
      changes.withinNoise > 0 ? t.movesWithinNoise(n(changes.withinNoise), changes.withinNoise) : '',
      changes.dropped.length > 0 ? t.noLongerRanked(n(changes.dropped.length), changes.dropped.length, few(names(changes.dropped), ', ', t, lang)) : '',
    ].filter(Boolean);
    return html`<p class="changes" part="changes">${parts.length > 0 ? t.changesSince(since, parts, changes.withinNoise > 0) : t.noChangeSince(since)}</p>`;
  }
}

const names = (models: ResolvedModel[]) => models.map((m) => m.name);

/** Stand-ins for benchmarks the older feed did not have, one per ranking (a stable object for lit). */
const empties = new WeakMap<BenchmarkRanking, BenchmarkRanking>();
function emptyOf(ranking: BenchmarkRanking): BenchmarkRanking {
  let empty = empties.get(ranking);
  if (!empty) empties.set(ranking, (empty = { ...ranking, rows: [], excluded: [] }));
  return empty;
}

/** The first few, then how many more: "A, B, C and 4 more". */
function few(items: string[], separator = ', ', t: { andMoreNamed: (names: string, more: string) => string }, lang: string): string {
  const named = items.slice(0, NAMED).join(separator);
  return items.length > NAMED ? t.andMoreNamed(named, formatNumber(items.length - NAMED, 0, lang)) : named;
}
