// The hub's facets (a chunk of its own, loaded through hub-chunks.ts): show only the models whose
// cards say so (type, licence, size, modality), for every table at once (the bar is
// src/internal/facet-bar.ts). Ranks stay the ranks among all models: a filtered table shows who
// is left, in place, not a re-ranking.
import type { nothing, TemplateResult } from 'lit';
import { hasChoice, matchesFacets, modelFacets, type BenchmarkRanking, type BestScoreEntry, type Facet, type FacetSelection, type ResolvedModel } from '../../core/index.js';
import { renderFacets, withFacet } from '../../internal/facet-bar.js';

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

/** The hub's facets: its filter, and its bar with the facets of the models it ranks (once per list). */
export class HubFacets {
  readonly filter = new FacetFilter();
  #facets: { models: readonly ResolvedModel[]; facets: Facet[] } | null = null;

  /** The bar: the facets of `models`, the choices in `selection`; `choose` gets the new selection. */
  renderBar(models: readonly ResolvedModel[], selection: FacetSelection, choose: (selection: FacetSelection) => void): TemplateResult | typeof nothing {
    if (this.#facets?.models !== models) this.#facets = { models, facets: modelFacets(models) };
    return renderFacets({
      facets: this.#facets.facets,
      selection,
      shown: this.filter.shown(models),
      total: models.length,
      onChange: (facet, value, on) => choose(withFacet(selection, facet, value, on)),
      onClear: () => choose({}),
    });
  }
}
