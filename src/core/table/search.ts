import type { ResolvedModel } from '../hub.js';

/** Lower case, accents and other marks removed: "Évo" matches "evo". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A test for models: true when every word of the query occurs in the model's name, id, aliases or spellings. */
export function modelMatcher(query: string): (model: ResolvedModel) => boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return () => true;
  return (model) => {
    const haystack = foldText([model.name, model.id, ...(model.card?.aliases ?? []), ...model.spellings].join(' '));
    return words.every((w) => haystack.includes(w));
  };
}

/** True when every word of the query occurs in the model's name, id, aliases or spellings. */
export function modelMatches(model: ResolvedModel, query: string): boolean {
  return modelMatcher(query)(model);
}
