// Filters by what model cards say: baseline or not, how open the licence is, size, modality.
// (Who reported a result and its cautions are facets of results: result-facets.ts.)
// Each facet lists its values with how many models have each; a model may have several values
// (a family of sizes, several modalities). Within a facet any chosen value matches; across
// facets all must.
import type { ResolvedModel } from '../hub.js';
import { licenceKind } from './card-metadata.js';

import type { ResultFacetId } from './facet-text.js';

export type ModelFacetId = 'type' | 'licence' | 'size' | 'modality';
/** A model facet, or a result facet (result-facets.ts: who reported a result, its cautions). */
export type FacetId = ModelFacetId | ResultFacetId;

export interface FacetValue {
  value: string;
  label: string;
  /** Models with this value. */
  count: number;
}

export interface Facet {
  id: FacetId;
  label: string;
  values: FacetValue[];
}

/** Chosen values per facet; a facet absent or empty does not filter. */
export type FacetSelection = Partial<Record<FacetId, readonly string[]>>;

/** Size buckets by parameter count, smallest first. */
const SIZES: Array<[value: string, label: string, below: number]> = [
  ['lt100m', 'under 100M', 1e8],
  ['100m-1b', '100M to 1B', 1e9],
  ['1b-10b', '1B to 10B', 1e10],
  ['ge10b', '10B and more', Infinity],
];
const LICENCE_LABELS: Record<string, string> = { open: 'open', restricted: 'restricted', unknown: 'unknown' };

/** A model's values on one facet (its "unknown" when its card does not say). */
export function facetValues(model: ResolvedModel, facet: ModelFacetId): string[] {
  const card = model.card;
  switch (facet) {
    case 'type':
      return [model.baseline ? 'baseline' : 'model'];
    case 'licence':
      return [licenceKind(card?.license)];
    case 'size': {
      const counts = (card?.parameters ?? []).filter((n) => typeof n === 'number' && n > 0);
      if (counts.length === 0) return ['unknown'];
      return [...new Set(counts.map((n) => SIZES.find(([, , below]) => n < below)![0]))];
    }
    case 'modality': {
      const modalities = (card?.modalities ?? []).filter((m) => typeof m === 'string' && m.trim());
      return modalities.length > 0 ? [...new Set(modalities.map((m) => m.trim()))] : ['unknown'];
    }
  }
}

const label = (facet: ModelFacetId, value: string): string => {
  if (value === 'unknown') return 'not stated';
  if (facet === 'type') return value === 'baseline' ? 'baselines' : 'models';
  if (facet === 'licence') return LICENCE_LABELS[value] ?? value;
  if (facet === 'size') return SIZES.find(([v]) => v === value)?.[1] ?? value;
  return value.replace(/_/g, ' ');
};

/**
 * The facets of these models, each value with its count; a facet with fewer than two values
 * (nothing to choose) is left out. Values in a fixed order for type, licence and size, by count
 * for modalities; "not stated" last.
 */
export function modelFacets(models: readonly ResolvedModel[]): Facet[] {
  const facets: Facet[] = [];
  const order: Record<ModelFacetId, string[]> = {
    type: ['model', 'baseline'],
    licence: ['open', 'restricted', 'unknown'],
    size: [...SIZES.map(([v]) => v), 'unknown'],
    modality: [],
  };
  for (const [id, name] of [
    ['type', 'Type'],
    ['licence', 'Licence'],
    ['size', 'Size'],
    ['modality', 'Modality'],
  ] as Array<[ModelFacetId, string]>) {
    const counts = new Map<string, number>();
    for (const model of models) for (const value of facetValues(model, id)) counts.set(value, (counts.get(value) ?? 0) + 1);
    if (counts.size < 2) continue;
    const rank = (value: string) => (value === 'unknown' ? Infinity : order[id].length > 0 ? order[id].indexOf(value) : -counts.get(value)!);
    const values = [...counts.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((value) => ({ value, label: label(id, value), count: counts.get(value)! }));
    facets.push({ id, label: name, values });
  }
  return facets;
}

const MODEL_FACETS = new Set<FacetId>(['type', 'licence', 'size', 'modality']);

/** True when the model has one of the chosen values on every model facet with a choice (result facets pick results: see filterHub). */
export function matchesFacets(model: ResolvedModel, selection: FacetSelection): boolean {
  for (const [facet, chosen] of Object.entries(selection) as Array<[ModelFacetId, readonly string[] | undefined]>) {
    if (!chosen || chosen.length === 0 || !MODEL_FACETS.has(facet)) continue;
    if (!facetValues(model, facet).some((v) => chosen.includes(v))) return false;
  }
  return true;
}
