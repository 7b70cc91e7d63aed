// A facet selection as text, for URLs ("licence:open,restricted;size:1b-10b") and back, and
// whether it chooses anything. Apart from facets.ts: a page reads and writes its URL at once, and
// filters by facets only once a reader (or the URL) chooses some.
import type { FacetId, FacetSelection } from './facets.js';

/** The facets of results (result-facets.ts): who reported a result, its cautions. */
export const RESULT_FACETS = ['reported', 'caution'] as const;
export type ResultFacetId = (typeof RESULT_FACETS)[number];

/** True when the selection chooses at least one value. */
export const hasChoice = (selection: FacetSelection): boolean => Object.values(selection).some((values) => values && values.length > 0);

/** True when the selection chooses a value of a result facet (the hub must be ranked again). */
export const hasResultChoice = (selection: FacetSelection): boolean => RESULT_FACETS.some((id) => (selection[id]?.length ?? 0) > 0);

/** `?facets=` text for a selection ("licence:open,restricted;size:1b-10b"), and back. */
export function writeFacets(selection: FacetSelection): string {
  return (Object.entries(selection) as Array<[FacetId, readonly string[]]>)
    .filter(([, values]) => values && values.length > 0)
    .map(([facet, values]) => `${facet}:${values.map(encodeURIComponent).join(',')}`)
    .join(';');
}

/** A value as written in a URL; a malformed escape is kept as it is, not thrown. */
function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function readFacets(text: string | null): FacetSelection {
  const selection: FacetSelection = {};
  for (const part of (text ?? '').split(';')) {
    const [facet, values] = part.split(':');
    if (!['type', 'licence', 'size', 'modality', 'reported', 'caution'].includes(facet) || !values) continue;
    selection[facet as FacetId] = values.split(',').filter(Boolean).map(decode);
  }
  return selection;
}
