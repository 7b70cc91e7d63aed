// The hub's parts that come on demand, each a chunk of its own beside the page build's entry:
// the model comparison (loaded as it nears the viewport) and rank changes (once an older feed
// is given), with what the hub shows in their place until they are here.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { BenchmarkRanking } from '../../core/index.js';
import { LazyChunk, lazyPlaceholder } from '../../internal/lazy.js';
import type { CompareView } from './leaderboard-compare.js';
import type { PreviousFeed } from './leaderboard-changes.js';
import { heading } from './leaderboard-overview.js';

/** Models a reader can compare at once. */
export const MAX_COMPARED = 4;

export const compareChunk = new LazyChunk('model comparison', () => import('./leaderboard-compare.js'));
export const changesChunk = new LazyChunk('rank changes', () => import('./leaderboard-changes.js'));

/**
 * The compare section once its chunk is here (`view` is built only then); until then its heading
 * (the navigation links to it) and a placeholder that loads the chunk as it nears the viewport.
 */
export function compareSection(host: ReactiveControllerHost, level: number, view: () => Omit<CompareView, 'level'>): TemplateResult {
  const compare = compareChunk.value;
  if (compare) return compare.renderCompare({ ...view(), level });
  return html`<section id="fm-compare" class="compare" part="compare" aria-labelledby="fm-compare-heading">
    ${heading(level, 'Compare models', 'fm-compare-heading')} ${lazyPlaceholder(compareChunk, host, '14rem')}
  </section>`;
}

/** Rank changes against an older feed, through their chunk: loaded once an older feed is given. */
export class LazyPreviousFeed {
  #previous: PreviousFeed | null = null;
  #given = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Call from the host's willUpdate with the older feed's source and the current rankings (if ranked). */
  update(src: string | undefined, feed: unknown, maxBytes: number, rankings: readonly BenchmarkRanking[] | undefined): void {
    this.#given = !!src || feed !== undefined;
    if (!this.#previous && this.#given) {
      const module = changesChunk.request(this.host);
      if (module) this.#previous = new module.PreviousFeed(this.host);
    }
    if (!this.#previous) return;
    this.#previous.set(src, feed, maxBytes);
    if (rankings) this.#previous.compare(rankings);
  }

  ranking(current: BenchmarkRanking): BenchmarkRanking | undefined {
    return this.#previous?.ranking(current);
  }

  /** The sentence on what changed; if the chunk could not be loaded, a retry. */
  render(lang: string): unknown {
    if (this.#previous) return this.#previous.render(lang);
    return this.#given && changesChunk.failed ? lazyPlaceholder(changesChunk, this.host, '2rem') : nothing;
  }

  stop(): void {
    this.#previous?.stop();
  }
}
