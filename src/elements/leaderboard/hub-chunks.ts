// The hub's parts that come on demand, each a chunk of its own beside the page build's entry:
// the model comparison (loaded as it nears the viewport), rank changes (once an older feed is
// given) and the facets (as the bar nears the viewport, or at once when a choice is in effect;
// a choice of results re-ranks the hub, so the hub is ranked through `LazyFacets.hubFor`),
// with what the hub shows in their place until they are here.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { hasChoice, hasResultChoice, type BenchmarkRanking, type BestScoreEntry, type FacetSelection, type Hub, type ResolvedModel } from '../../core/index.js';
import { LazyChunk, lazyPlaceholder } from '../../internal/lazy.js';
import { elementPart } from '../../i18n/element-messages.js';
import { enHub, type HubLabels } from '../../i18n/hub-messages.js';
import type { CompareView } from './leaderboard-compare.js';
import type { PreviousFeed } from './leaderboard-changes.js';
import type { HubFacets } from './leaderboard-facets.js';
import { heading } from './leaderboard-overview.js';

/** Models a reader can compare at once. */
export const MAX_COMPARED = 4;

export const compareChunk = new LazyChunk('model comparison', () => import('./leaderboard-compare.js'));
export const changesChunk = new LazyChunk('rank changes', () => import('./leaderboard-changes.js'));
export const facetsChunk = new LazyChunk('model facets', () => import('./leaderboard-facets.js'));
/** A feed of several leaderboards (suites) is shown through this chunk; a feed without suites never loads it. */
export const suitesChunk = new LazyChunk('leaderboards', () => import('./suite-view.js'));

/**
 * A feed of suites shows one through the suites chunk, with a benchmark's section near the top:
 * both chunks are asked for as soon as the feed is parsed, while it is checked.
 */
export function prefetchForSuites(data: unknown, sections: { prefetch(): void }): void {
  const suites = (data as { suites?: unknown } | null)?.suites;
  if (!Array.isArray(suites) || suites.length === 0) return;
  suitesChunk.prefetch();
  sections.prefetch();
}

/**
 * The compare section once its chunk is here (`view` is built only then); until then its heading
 * (the navigation links to it) and a placeholder that loads the chunk as it nears the viewport.
 */
export function compareSection(host: ReactiveControllerHost, level: number, title: string, view: () => Omit<CompareView, 'level'>): TemplateResult {
  const compare = compareChunk.value;
  if (compare) return compare.renderCompare({ ...view(), level });
  return html`<section id="fm-compare" class="compare" part="compare" aria-labelledby="fm-compare-heading">
    ${heading(level, title, 'fm-compare-heading')} ${lazyPlaceholder(compareChunk, host, '14rem')}
  </section>`;
}

/** The compare section's state: the models chosen, the picker's search, and "only models that entered all". */
export class Comparison {
  #chosen: string[] = [];
  #filter = '';
  #requireAll = false;
  /** The models that entered a benchmark, by name in `lang` (the picker's list), once per list and language. */
  #sorted: { of: readonly ResolvedModel[]; lang: string; models: ResolvedModel[] } | null = null;

  constructor(private readonly host: ReactiveControllerHost & Element) {}

  /** A new feed: nothing chosen. */
  reset(): void {
    this.#chosen = [];
  }

  view(entered: readonly ResolvedModel[], rankings: BenchmarkRanking[], lang: string, t: HubLabels): Omit<CompareView, 'level'> {
    if (this.#sorted?.of !== entered || this.#sorted.lang !== lang) {
      const collator = new Intl.Collator(lang, { numeric: true });
      this.#sorted = { of: entered, lang, models: [...entered].sort((a, b) => collator.compare(a.name, b.name)) };
    }
    const set = (change: () => void) => {
      change();
      this.host.requestUpdate();
    };
    return {
      models: this.#sorted.models,
      selected: this.#chosen,
      filter: this.#filter,
      requireAll: this.#requireAll,
      rankings,
      lang,
      host: this.host,
      t,
      onToggle: (key, on) =>
        set(() => {
          if (on && this.#chosen.length < MAX_COMPARED) this.#chosen = [...this.#chosen, key];
          if (!on) this.#chosen = this.#chosen.filter((k) => k !== key);
        }),
      onChoose: (keys) => set(() => (this.#chosen = keys)),
      onFilter: (text) => set(() => (this.#filter = text)),
      onRequireAll: (on) => set(() => (this.#requireAll = on)),
    };
  }
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

/**
 * The hub's facets through their chunk. With no choice in effect the tables show every model and
 * the bar comes as it nears the viewport, its room kept; with a choice (the page's or the URL's)
 * the tables wait for the chunk, which is asked for at once.
 */
export class LazyFacets {
  #facets: HubFacets | null = null;

  constructor(private readonly host: ReactiveControllerHost) {}

  #here(): HubFacets | null {
    const module = facetsChunk.value;
    if (!this.#facets && module) this.#facets = new module.HubFacets();
    return this.#facets;
  }

  /** Applies `selection`; false while it chooses something and the chunk is not here (then asked for). */
  use(selection: FacetSelection): boolean {
    const facets = this.#here();
    if (facets) return facets.filter.use(selection), true;
    if (!hasChoice(selection)) return true;
    facetsChunk.request(this.host);
    return false;
  }

  /** True while `selection` chooses something and the chunk is not here: the tables wait. */
  waits(selection: FacetSelection): boolean {
    return !this.#here() && hasChoice(selection);
  }

  /** What the tables wait for while `use` is false: a note, or a retry if the chunk failed. */
  renderWaiting(): TemplateResult {
    return lazyPlaceholder(facetsChunk, this.host, '10rem');
  }

  /**
   * The hub to rank: `hub` itself, or with only the results a result choice keeps (re-ranked); `hub`
   * while that choice waits for the chunk (asked for here; the tables wait, see `use`).
   */
  hubFor(hub: Hub, selection: FacetSelection): Hub {
    if (!hasResultChoice(selection)) return hub;
    const facets = this.#here();
    if (facets) return facets.hub(hub, selection);
    facetsChunk.request(this.host);
    return hub;
  }

  ranking(ranking: BenchmarkRanking): BenchmarkRanking {
    return this.#here()?.filter.ranking(ranking) ?? ranking;
  }

  best(entries: BestScoreEntry[]): BestScoreEntry[] {
    return this.#here()?.filter.best(entries) ?? entries;
  }

  /**
   * The bar of `hub` (what is shown, before a result choice); `shownModels` the models ranked.
   * Until its chunk is here, its room (where the models or results can have facets at all).
   */
  renderBar(hub: Hub, shownModels: readonly ResolvedModel[], selection: FacetSelection, choose: (selection: FacetSelection) => void): unknown {
    const facets = this.#here();
    if (facets) return facets.renderBar(hub, shownModels, selection, choose, this.host as unknown as Element & ReactiveControllerHost);
    if (!mayHaveFacets(shownModels) && !mayHaveResultFacets(hub)) return nothing;
    if (facetsChunk.failed) return lazyPlaceholder(facetsChunk, this.host, '2.75rem');
    // The folded bar as it will look (inert until it is here), so that nothing moves when it comes.
    return html`<details class="facet-bar" data-lazy=${facetsChunk.label} aria-busy="true" inert>
      <summary>${elementPart(this.host as unknown as Element & ReactiveControllerHost, enHub, (zh) => zh.zhCNHub).showOnlySomeTitle}</summary>
    </details>`;
  }
}

const mayHaveResultFacetsOf = new WeakMap<Hub, boolean>();

/** Whether the results of `hub` can differ in who reported them or in cautions (a quick look, not the counts). */
function mayHaveResultFacets(hub: Hub): boolean {
  let may = mayHaveResultFacetsOf.get(hub);
  if (may === undefined) {
    const { results } = hub.feed;
    const first = results[0]?.evaluator_relationship;
    may = hub.models.some((m) => m.card?.flags?.length) || results.some((r) => r.flags?.length || r.evaluator_relationship !== first);
    mayHaveResultFacetsOf.set(hub, may);
  }
  return may;
}

const mayHaveFacetsOf = new WeakMap<readonly ResolvedModel[], boolean>();

/**
 * Whether `models` can differ on a facet: they differ in what the facets read (baseline or not,
 * and the card's licence, parameters and modalities). Models that agree on all of it have no
 * facet to choose, so no bar is kept for them (it would go when the chunk came, moving the page).
 */
function mayHaveFacets(models: readonly ResolvedModel[]): boolean {
  let may = mayHaveFacetsOf.get(models);
  if (may === undefined) {
    // Each model against the first, to the first difference (a large suite's models mostly agree on all of it).
    const key = (value: unknown) => (value === undefined || value === null ? 'null' : JSON.stringify(value));
    const differ = (read: (m: ResolvedModel) => unknown) => {
      const first = models.length > 0 ? key(read(models[0])) : '';
      for (let i = 1; i < models.length; i++) if (key(read(models[i])) !== first) return true;
      return false;
    };
    may = differ((m) => !!m.baseline) || differ((m) => m.card?.license) || differ((m) => m.card?.parameters) || differ((m) => m.card?.modalities);
    mayHaveFacetsOf.set(models, may);
  }
  return may;
}
