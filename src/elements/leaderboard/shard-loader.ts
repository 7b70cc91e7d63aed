// A sharded feed's suites, fetched as they are shown: the index came with the feed; a suite's
// results come from its shard (controllers/shard-fetch.ts), fetched and checked once, then kept. A shard that fails
// shows its error with a retry in the suite's place; the other suites keep working. Once a suite
// is on screen, the next ones are fetched when the page is idle, so that switching is quick.
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { Hub, ShardRef } from '../../core/index.js';
import { fetchShard, type ShardState } from '../../controllers/shard-fetch.js';
import { fetchEarly, nextTask } from '../../controllers/feed-controller.js';
import { formatNumber } from '../../internal/format.js';
import type { SuiteLabels } from '../../render/suite-text.js';
import { whenIdle } from '../../internal/lazy.js';

export type { ShardState };

interface Host extends ReactiveElement {
  maxFeedBytes: number;
}

/** How many suites after the shown one are fetched ahead when the page is idle. */
const AHEAD = 2;

export class ShardLoader {
  readonly #states = new WeakMap<Hub, Map<string, ShardState>>();
  /** Shards already fetched ahead. */
  readonly #ahead = new WeakSet<ShardRef>();

  constructor(private readonly host: Host) {}

  /** The shard's state; the first ask starts its load (`baseUrl`: the index's URL). */
  state(index: Hub, ref: ShardRef, baseUrl: string): ShardState {
    const states = this.#statesOf(index);
    let state = states.get(ref.suite);
    if (!state) {
      states.set(ref.suite, (state = { status: 'loading' }));
      // The suite's view is built in a task after the one that checked the shard.
      void this.#load(index, ref, baseUrl).then(async (next) => {
        await nextTask();
        if (states.get(ref.suite) !== state) return; // retried meanwhile
        states.set(ref.suite, next);
        this.host.requestUpdate();
      });
    }
    return state;
  }

  /** Forgets a failed shard, so that the next ask fetches it again. */
  retry(index: Hub, ref: ShardRef): void {
    this.#statesOf(index).delete(ref.suite);
    this.host.requestUpdate();
  }

  /**
   * When the page is idle, fetches the `AHEAD` shards after `shown` (in index order): their bytes
   * come ahead; each is parsed and checked only when its suite is shown.
   */
  prefetch(index: Hub, shown: ShardRef, baseUrl: string): void {
    const refs = index.feed.shards ?? [];
    const next = refs.slice(refs.indexOf(shown) + 1, refs.indexOf(shown) + 1 + AHEAD).filter((ref) => !this.#ahead.has(ref));
    next.forEach((ref) => this.#ahead.add(ref));
    if (next.length > 0) whenIdle(() => next.forEach((ref) => this.#statesOf(index).has(ref.suite) || fetchEarly(ref.url, baseUrl)), 3000);
  }

  /** How many of the index's shards are loaded (ready or failed). */
  settled(index: Hub): number {
    return [...this.#statesOf(index).values()].filter((s) => s.status !== 'loading').length;
  }

  #load(index: Hub, ref: ShardRef, baseUrl: string): Promise<ShardState> {
    return fetchShard(index.feed, ref, baseUrl, this.host.maxFeedBytes);
  }

  #statesOf(index: Hub): Map<string, ShardState> {
    let states = this.#states.get(index);
    if (!states) this.#states.set(index, (states = new Map()));
    return states;
  }
}

/** A shard's place while it loads or after it failed (with a retry). */
export function renderShardState(state: Exclude<ShardState, { status: 'ready' }>, ref: ShardRef, retry: () => void, name: string, t: SuiteLabels, lang: string): TemplateResult {
  if (state.status === 'loading') {
    const size = ref.results !== undefined ? ` (${t.resultsCount(formatNumber(ref.results, 0, lang), ref.results)})` : '';
    return html`<p part="status" class="status loading" role="status"><span class="spinner" aria-hidden="true"></span>${t.loadingResultsOf(name, size)}</p>`;
  }
  const { title, details } = state.words?.(t) ?? state;
  return html`<div part="status" class="status error" role="alert">
    <p><strong>${title}${t.fullStop}</strong></p>
    ${details.length > 0 ? html`<ul>${details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
    <p><button type="button" class="retry" @click=${retry}>${t.tryAgain}</button></p>
  </div>`;
}
