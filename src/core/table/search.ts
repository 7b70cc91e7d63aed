import type { ResolvedModel } from '../hub.js';

/** Lower case, accents and other marks removed: "Évo" matches "evo". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** True when every word of the query occurs in the model's name, id, aliases or spellings. */
export function modelMatches(model: ResolvedModel, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText([model.name, model.id, ...(model.card?.aliases ?? []), ...model.spellings].join(' '));
  return words.every((w) => haystack.includes(w));
}
