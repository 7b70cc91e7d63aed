// The choice of results' part of the message catalogue (see messages.ts): a choice of results in
// words, for the hub's facet bar (its chunk) and the static page's "Shown:" line.
import type { FacetSelection } from '../core/models/facets.js';
import { resultChoiceText } from '../core/models/result-facets.js';

export const enFacets = {
  /** A choice of results in words: "only third-party results; flagged results hidden" ("" for none). */
  resultChoice: (selection: FacetSelection) => resultChoiceText(selection),
  rankedAgain: (choice: string) => `ranked again with ${choice}`,
};

export type FacetMessages = typeof enFacets;
