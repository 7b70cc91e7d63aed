// The hub's facets (a chunk of its own, loaded through hub-chunks.ts): show only the models whose
// cards say so (type, licence, size, modality), or only the results reported by whom the reader
// chooses and without cautions, for every table at once (the bar is src/internal/facet-bar.ts).
// A model choice shows who is left, in place, ranks among all; a result choice ranks the hub again
// over the results it keeps (core filterHub), overall and intervals included.
import type { nothing, TemplateResult } from 'lit';
import {
  filterHub,
  hasChoice,
  hasResultChoice,
  matchesFacets,
  modelFacets,
  resultFacets,
  writeFacets,
  type BenchmarkRanking,
  type BestScoreEntry,
  type Facet,
  type FacetSelection,
  type Hub,
  type ResolvedModel,
} from '../../core/index.js';
import { renderFacets, withFacet } from '../../internal/facet-bar.js';
import { withPart } from '../../i18n/element-messages.js';
import { enFacets } from '../../i18n/facet-messages.js';

/** Rankings and overall rows as a selection leaves them, computed once per selection. */
export class FacetFilter {
  #selection: FacetSelection = {};
  #rankings = new WeakMap<BenchmarkRanking, BenchmarkRanking>();
  #best: { from: BestScoreEntry[]; rows: BestScoreEntry[] } | null = null;
  #shown: { from: readonly ResolvedModel[]; count: number } | null = null;

  /** Call before rendering with the selection in effect. */
  use(selection: FacetSelection): void {
    if (selection === this.#selection) return;
    this.#selection = selection;
    this.#rankings = new WeakMap();
    this.#best = null;
    this.#shown = null;
  }

  /** How many of `models` the selection keeps. */
  shown(models: readonly ResolvedModel[]): number {
    if (this.#shown?.from !== models) this.#shown = { from: models, count: models.filter((m) => matchesFacets(m, this.#selection)).length };
    return this.#shown.count;
  }

  /** The ranking with only the rows the selection keeps (their ranks unchanged). */
  ranking(ranking: BenchmarkRanking): BenchmarkRanking {
    if (!hasChoice(this.#selection)) return ranking;
    let kept = this.#rankings.get(ranking);
    if (!kept) this.#rankings.set(ranking, (kept = { ...ranking, rows: ranking.rows.filter((row) => matchesFacets(row.model, this.#selection)) }));
    return kept;
  }

  best(entries: BestScoreEntry[]): BestScoreEntry[] {
    if (!hasChoice(this.#selection)) return entries;
    if (this.#best?.from !== entries) this.#best = { from: entries, rows: entries.filter((e) => matchesFacets(e.model, this.#selection)) };
    return this.#best.rows;
  }
}

/** The models with a result in `hub`, in its order. */
function modelsIn(hub: Hub): ResolvedModel[] {
  const indices = new Set<number>();
  for (const models of hub.modelsByBenchmark.values()) for (const i of models) indices.add(i);
  return [...indices].sort((a, b) => a - b).map((i) => hub.models[i]);
}

/** The hub's facets: its filter, its result filter, and its bar with the facets of the hub it ranks (once per hub). */
export class HubFacets {
  readonly filter = new FacetFilter();
  #facets: { hub: Hub; models: ResolvedModel[]; facets: Facet[] } | null = null;
  #filtered: { hub: Hub; key: string; filtered: Hub } | null = null;

  /** `hub` with only the results the selection's result facets keep; the same object for the same choice. */
  hub(hub: Hub, selection: FacetSelection): Hub {
    if (!hasResultChoice(selection)) return hub;
    const key = writeFacets({ reported: selection.reported, caution: selection.caution });
    if (this.#filtered?.hub !== hub || this.#filtered.key !== key) this.#filtered = { hub, key, filtered: filterHub(hub, selection) };
    return this.#filtered.filtered;
  }

  /**
   * The bar: the facets of `hub` (the whole of what is shown, so that a value chosen stays there
   * to unchoose), `shownModels` the models ranked after a result choice; `choose` gets the new selection.
   */
  renderBar(hub: Hub, shownModels: readonly ResolvedModel[], selection: FacetSelection, choose: (selection: FacetSelection) => void, host: Element & { requestUpdate(): void }): TemplateResult | typeof nothing {
    if (this.#facets?.hub !== hub) {
      const models = modelsIn(hub);
      this.#facets = { hub, models, facets: [...modelFacets(models), ...resultFacets(hub)] };
    }
    const { t } = withPart(host, enFacets, (zh) => zh.zhCNFacets);
    const results = t.resultChoice(selection);
    return renderFacets({
      facets: this.#facets.facets,
      selection,
      shown: this.filter.shown(shownModels),
      total: this.#facets.models.length,
      ranked: results ? t.rankedAgain(results) : undefined,
      t,
      onChange: (facet, value, on) => choose(withFacet(selection, facet, value, on)),
      onClear: () => choose({}),
    });
  }
}
