// The facet choices (type, licence, size, modality; in the hub also who reported a result and
// its cautions; each value with its count), folded under a
// summary: the hub's bar above every table, and the same control in a table's toolbar
// (table-extras.ts), where it opens as a panel like the column chooser.
import { html, nothing, type TemplateResult } from 'lit';
import { hasChoice, type Facet, type FacetId, type FacetSelection, type FacetValue } from '../core/index.js';
import { en, type Messages } from '../i18n/messages.js';

export interface FacetsView {
  facets: Facet[];
  selection: FacetSelection;
  /** Models shown, of `total`: the hub says so under its bar (a table's count says it already). */
  shown?: number;
  total?: number;
  /** How the shown rows are ranked (the hub's status line): "ranks among all" when only models are chosen. */
  ranked?: string;
  /** The labels in the reader's language (English when not given). */
  t?: Messages;
  /** In a table's toolbar: "Filter", the choices as a panel over the table. */
  inToolbar?: boolean;
  onChange: (facet: FacetId, value: string, on: boolean) => void;
  onClear: () => void;
}


export function renderFacets(view: FacetsView): TemplateResult | typeof nothing {
  if (view.facets.length === 0) return nothing;
  const t = view.t ?? en;
  const chosen = hasChoice(view.selection);
  // A name or value in the reader's language; one the catalogue does not list (a modality) as the feed writes it.
  const name = (facet: Facet) => t.facetNames[facet.id] ?? facet.label;
  const value = (v: FacetValue) => t.facetValues[v.value] ?? v.label;
  const groups = view.facets.map(
    (facet) => html`<div class="facet" role="group" aria-label=${name(facet)}>
      <span class="facet-name" aria-hidden="true">${name(facet)}:</span>
      ${facet.values.map(
        (v) => html`<label class="check"
          ><input
            type="checkbox"
            .checked=${view.selection[facet.id]?.includes(v.value) ?? false}
            @change=${(e: Event) => view.onChange(facet.id, v.value, (e.target as HTMLInputElement).checked)}
          />
          ${value(v)} <span class="muted">(${v.count})</span></label
        >`,
      )}
    </div>`,
  );
  const clear = html`<button type="button" @click=${view.onClear}>${t.showAll}</button>`;
  // In a table's toolbar: a panel like the column chooser's (its styles).
  if (view.inToolbar) {
    return html`<details class="columns" part="facets">
      <summary>${chosen ? t.filterOn : t.filter}</summary>
      <fieldset>
        <legend class="visually-hidden">${t.showOnlyModelsWith}</legend>
        ${groups} ${chosen ? clear : nothing}
      </fieldset>
    </details>`;
  }
  // Folded until used (on a phone the bar is a screen tall); open while a choice is in effect.
  return html`<details class="facet-bar" part="facets" ?open=${chosen}>
      <summary>${t.showOnlySome(view.facets.map((f) => name(f).toLowerCase()).join(', '))}</summary>
      <div class="facets">${groups}</div>
    </details>
    <p class="facet-status" role="status">${chosen ? html`${t.facetStatus(String(view.shown), String(view.total), view.ranked ?? null)} ${clear}` : nothing}</p>`;
}

/** A selection with `value` of `facet` chosen or not: a new object, so that lit sees the change. */
export function withFacet(selection: FacetSelection, facet: FacetId, value: string, on: boolean): FacetSelection {
  const values = new Set(selection[facet] ?? []);
  if (on) values.add(value);
  else values.delete(value);
  return { ...selection, [facet]: [...values] };
}
