// The hub's facet bar (issue 19): show only the models whose cards say so (type, licence, size,
// modality), with counts, for every table at once. Ranks stay the ranks among all models: a
// filtered table shows who is left, in place, not a re-ranking.
import { html, nothing, type TemplateResult } from 'lit';
import { matchesFacets, type BenchmarkRanking, type BestScoreEntry, type Facet, type FacetId, type FacetSelection, type ResolvedModel } from '../../core/index.js';

export interface FacetsView {
  facets: Facet[];
  selection: FacetSelection;
  /** Models shown of those that entered a benchmark. */
  shown: number;
  total: number;
  onChange: (facet: FacetId, value: string, on: boolean) => void;
  onClear: () => void;
}

export function renderFacets(view: FacetsView): TemplateResult | typeof nothing {
  if (view.facets.length === 0) return nothing;
  const chosen = Object.values(view.selection).some((values) => values && values.length > 0);
  // Folded until used (on a phone the bar is a screen tall); open while a choice is in effect.
  return html`<details class="facet-bar" part="facets" ?open=${chosen}>
      <summary>Show only some models: ${view.facets.map((f) => f.label.toLowerCase()).join(', ')}</summary>
      <div class="facets">
        ${view.facets.map(
          (facet) => html`<div class="facet" role="group" aria-label=${facet.label}>
            <span class="facet-name" aria-hidden="true">${facet.label}:</span>
            ${facet.values.map(
              (v) => html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${view.selection[facet.id]?.includes(v.value) ?? false}
                  @change=${(e: Event) => view.onChange(facet.id, v.value, (e.target as HTMLInputElement).checked)}
                />
                ${v.label} <span class="muted">(${v.count})</span></label
              >`,
            )}
          </div>`,
        )}
      </div>
    </details>
    <p class="facet-status" role="status">
      ${chosen ? html`${view.shown} of ${view.total} models shown, ranks among all. <button type="button" @click=${view.onClear}>Show all</button>` : nothing}
    </p>`;
}

/** A selection with `value` of `facet` chosen or not: a new object, so that lit sees the change. */
export function withFacet(selection: FacetSelection, facet: FacetId, value: string, on: boolean): FacetSelection {
  const values = new Set(selection[facet] ?? []);
  if (on) values.add(value);
  else values.delete(value);
  return { ...selection, [facet]: [...values] };
}

const isEmpty = (selection: FacetSelection) => !Object.values(selection).some((values) => values && values.length > 0);

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
    if (isEmpty(this.#selection)) return ranking;
    let kept = this.#rankings.get(ranking);
    if (!kept) this.#rankings.set(ranking, (kept = { ...ranking, rows: ranking.rows.filter((row) => matchesFacets(row.model, this.#selection)) }));
    return kept;
  }

  best(entries: BestScoreEntry[]): BestScoreEntry[] {
    if (isEmpty(this.#selection)) return entries;
    if (this.#best?.from !== entries) this.#best = { from: entries, rows: entries.filter((e) => matchesFacets(e.model, this.#selection)) };
    return this.#best.rows;
  }
}
