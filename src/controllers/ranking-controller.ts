import type { ReactiveControllerHost } from 'lit';
import { rankBenchmark, type BenchmarkRanking, type Hub } from '../core/index.js';
import { FeedController, type FeedSource, type FeedState } from './feed-controller.js';
import { en, type Messages } from '../i18n/messages.js';

/** A suite's shard joined to its index, for one benchmark (loaded with its own chunk). */
interface Joined {
  index: Hub;
  suite: string;
  state: FeedState;
}

/**
 * The ranking of one benchmark of a feed, for elements that show one (table, podium, chart):
 * loads the feed through a FeedController and ranks the chosen benchmark with the core, again
 * only when the feed or the benchmark changes.
 */
export class RankingController {
  readonly feeds: FeedController;
  /** The ranking shown; null while loading, on error, or for an unknown benchmark. */
  ranking: BenchmarkRanking | null = null;
  #rankedHub: Hub | null = null;
  #joined: Joined | null = null;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    this.feeds = new FeedController(host);
  }

  /** The feed's state; for a benchmark whose results are in a shard, the shard's until it is joined. */
  get state(): FeedState {
    const joined = this.#current();
    return joined ? joined.state : this.feeds.state;
  }

  get hub(): Hub | null {
    const state = this.state;
    return state.status === 'ready' ? state.hub : null;
  }

  #current(): Joined | null {
    const state = this.feeds.state;
    return state.status === 'ready' && this.#joined?.index === state.hub ? this.#joined : null;
  }

  /**
   * Given an index whose `id` is in a sharded suite: that suite's shard fetched and joined (once
   * per index and suite), as the hub does for the suite it shows.
   */
  #joinShard(id: string): void {
    const state = this.feeds.state;
    if (state.status !== 'ready') return;
    const index = state.hub;
    const suite = index.benchmark(id).suite;
    const ref = index.feed.shards?.find((s) => s.suite === suite);
    if (!ref || (this.#joined?.index === index && this.#joined.suite === ref.suite)) return;
    const joined: Joined = (this.#joined = { index, suite: ref.suite, state: { status: 'loading', url: ref.url } });
    void import('./shard-fetch.js')
      .then(async ({ fetchShard, joinedHub }): Promise<FeedState> => {
        const shard = await fetchShard(index.feed, ref, state.baseUrl, this.feeds.maxBytes);
        if (shard.status !== 'ready') return shard.status === 'error' ? shard : joined.state;
        return { status: 'ready', hub: joinedHub(index, shard), dropped: [], warnings: shard.problems.length, baseUrl: state.baseUrl };
      })
      .catch((error: unknown): FeedState => ({ status: 'error', title: en.couldNotLoadBenchmark, details: [String(error)], words: (t) => ({ title: t.couldNotLoadBenchmark, details: [String(error)] }) }))
      .then((next) => {
        if (this.#joined !== joined) return;
        joined.state = next;
        this.host.requestUpdate();
      });
  }

  /**
   * Call from the host's willUpdate. `sourceChanged`: src, feed or hub changed. `benchmark`:
   * the id asked for; without one, the feed's first benchmark (unless `firstByDefault` is false).
   * `given`: a ranking the caller already computed from the same hub.
   */
  update(source: FeedSource, sourceChanged: boolean, benchmark: string | undefined, firstByDefault = true, given?: BenchmarkRanking): void {
    if (sourceChanged) this.feeds.set(source);
    const base = this.feeds.state.status === 'ready' ? this.feeds.state.hub : null;
    const wanted = benchmark || (firstByDefault ? base?.benchmarks[0]?.id : undefined);
    if (wanted && !given) this.#joinShard(wanted);
    const hub = this.hub;
    if (given && hub) {
      // A ranking computed by the caller (the composite ranks each benchmark once).
      this.ranking = given;
      this.#rankedHub = hub;
      return;
    }
    const id = benchmark || (firstByDefault ? hub?.benchmarks[0]?.id || hub?.otherBenchmarkIds[0] : undefined);
    if (!hub || !id || !(hub.isDefined(id) || hub.resultsByBenchmark.has(id))) {
      this.ranking = null;
      return;
    }
    if (this.ranking?.benchmark.id !== id || this.#rankedHub !== hub) {
      this.ranking = rankBenchmark(hub, id);
      this.#rankedHub = hub;
    }
  }

  /** Why there is no ranking although the feed is ready, e.g. an unknown benchmark id (in `t`'s language). */
  missingMessage(benchmark: string | undefined, t: Pick<Messages, 'noBenchmarks' | 'noSuchBenchmark'> = en): string {
    const hub = this.hub;
    if (!hub) return '';
    const ids = [...hub.benchmarks.map((b) => b.id), ...hub.otherBenchmarkIds];
    return ids.length === 0 ? t.noBenchmarks : t.noSuchBenchmark(benchmark ?? '', ids.join(', '));
  }
}
