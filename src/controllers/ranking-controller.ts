import type { ReactiveControllerHost } from 'lit';
import { rankBenchmark, type BenchmarkRanking, type Hub } from '../core/index.js';
import { FeedController, type FeedSource, type FeedState } from './feed-controller.js';

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

  constructor(host: ReactiveControllerHost & Element) {
    this.feeds = new FeedController(host);
  }

  get state(): FeedState {
    return this.feeds.state;
  }

  get hub(): Hub | null {
    return this.feeds.state.status === 'ready' ? this.feeds.state.hub : null;
  }

  /**
   * Call from the host's willUpdate. `sourceChanged`: src, feed or hub changed. `benchmark`:
   * the id asked for; without one, the feed's first benchmark (unless `firstByDefault` is false).
   * `given`: a ranking the caller already computed from the same hub.
   */
  update(source: FeedSource, sourceChanged: boolean, benchmark: string | undefined, firstByDefault = true, given?: BenchmarkRanking): void {
    if (sourceChanged) this.feeds.set(source);
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

  /** Why there is no ranking although the feed is ready, e.g. an unknown benchmark id. */
  missingMessage(benchmark: string | undefined): string {
    const hub = this.hub;
    if (!hub) return '';
    const ids = [...hub.benchmarks.map((b) => b.id), ...hub.otherBenchmarkIds];
    return ids.length === 0 ? 'This feed has no benchmarks.' : `No benchmark “${benchmark}” in this feed; it has: ${ids.join(', ')}.`;
  }
}
