// Filters by what a result says of itself: who reported it (the evaluator's relationship with the
// model's developer) and whether it carries a caution. The model facets (facets.ts) pick rows and
// leave the ranks as they were; these pick results, so a hub filtered by them is ranked again over
// the results it keeps (filterHub): hiding a self-reported score lets the model's third-party run
// of the same benchmark rank in its place.
import type { Hub } from '../hub.js';
import type { Result } from '../types.js';
import { hasResultChoice, RESULT_FACETS, type ResultFacetId } from './facet-text.js';
import type { Facet, FacetSelection } from './facets.js';
import { resultRelationship } from './provenance.js';

/** Who ran an evaluation, in the order a reader is offered them: independent evaluators first. */
const RELATIONSHIPS = ['third_party', 'collaborative', 'first_party', 'other'];

const VALUE_LABELS: Record<string, string> = {
  third_party: 'third-party',
  first_party: 'self-reported',
  collaborative: 'with the developer',
  flagged: 'flagged ⚠',
  none: 'no caution',
  unknown: 'not stated',
};

/** The result's value on a facet: its relationship ("unknown" when unstated), or whether it or its model is flagged. */
function valueOf(hub: Hub, result: Result, modelIndex: number, facet: ResultFacetId): string {
  if (facet === 'reported') return resultRelationship(hub, result) ?? 'unknown';
  const flagged = (result.flags?.length ?? 0) > 0 || (hub.models[modelIndex].card?.flags?.length ?? 0) > 0;
  return flagged ? 'flagged' : 'none';
}

/** Every result of the hub with its model's index in `hub.models`. */
function forEachResult(hub: Hub, visit: (result: Result, modelIndex: number) => void): void {
  for (const [benchmark, results] of hub.resultsByBenchmark) {
    const models = hub.modelsByBenchmark.get(benchmark)!;
    for (let i = 0; i < results.length; i++) visit(results[i], models[i]);
  }
}

/**
 * The result facets of a hub, each value with how many models have a result with it; a facet with
 * fewer than two values (nothing to choose) is left out. "Not stated" last.
 */
export function resultFacets(hub: Hub): Facet[] {
  const facets: Facet[] = [];
  for (const [id, label] of [
    ['reported', 'Reported by'],
    ['caution', 'Cautions'],
  ] as Array<[ResultFacetId, string]>) {
    const models = new Map<string, Set<number>>();
    forEachResult(hub, (result, model) => {
      const value = valueOf(hub, result, model, id);
      let set = models.get(value);
      if (!set) models.set(value, (set = new Set()));
      set.add(model);
    });
    if (models.size < 2) continue;
    const order = id === 'reported' ? RELATIONSHIPS : ['none', 'flagged'];
    const rank = (value: string) => (value === 'unknown' ? Infinity : order.includes(value) ? order.indexOf(value) : order.length);
    const values = [...models.keys()]
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
      .map((value) => ({ value, label: VALUE_LABELS[value] ?? value.replace(/_/g, ' '), count: models.get(value)!.size }));
    facets.push({ id, label, values });
  }
  return facets;
}

/** True when the result has one of the chosen values on every result facet with a choice. */
function keeps(hub: Hub, selection: FacetSelection, result: Result, modelIndex: number): boolean {
  for (const id of RESULT_FACETS) {
    const chosen = selection[id];
    if (chosen && chosen.length > 0 && !chosen.includes(valueOf(hub, result, modelIndex, id))) return false;
  }
  return true;
}

/**
 * The hub with only the results the selection's result facets keep (the same hub when it chooses
 * none): the models, benchmarks and suites stay, so everything ranked from it is ranked over the
 * results kept, by the same core as the whole.
 */
export function filterHub(hub: Hub, selection: FacetSelection): Hub {
  if (!hasResultChoice(selection)) return hub;
  const resultsByBenchmark = new Map<string, Result[]>();
  const modelsByBenchmark = new Map<string, number[]>();
  const kept: Result[] = [];
  forEachResult(hub, (result, model) => {
    if (!keeps(hub, selection, result, model)) return;
    let results = resultsByBenchmark.get(result.benchmark);
    if (!results) {
      resultsByBenchmark.set(result.benchmark, (results = []));
      modelsByBenchmark.set(result.benchmark, []);
    }
    results.push(result);
    modelsByBenchmark.get(result.benchmark)!.push(model);
    kept.push(result);
  });
  return { ...hub, feed: { ...hub.feed, results: kept }, resultsByBenchmark, modelsByBenchmark, filtered: true };
}

/** "only third-party results; flagged results hidden": what a result choice leaves, as a phrase. */
export function resultChoiceText(selection: FacetSelection): string {
  const parts: string[] = [];
  const reported = selection.reported ?? [];
  const words: Record<string, string> = { ...VALUE_LABELS, collaborative: 'collaborative', unknown: 'unattributed' };
  if (reported.length > 0) parts.push(`only ${reported.map((r) => words[r] ?? r.replace(/_/g, ' ')).join(' or ')} results`);
  const caution = selection.caution ?? [];
  if (caution.length === 1) parts.push(caution[0] === 'none' ? 'flagged results hidden' : 'only flagged results');
  return parts.join('; ');
}
