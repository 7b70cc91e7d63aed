// What a model card says about size and licence, read as data: parameter counts from the text a
// card writes ("~10M", "111M / 650M", "~1.6M - 7B variants", a list of sizes), and how open a
// licence is, from a small list of licence ids. The text stays what the card wrote.

/** A count with its unit: 7B, 1.6M, 350k, 1.2 billion (a bare number is not a size: d_model=256). */
const COUNT = /(\d+(?:[.,]\d+)?)\s*(k|thousand|m|million|b|billion|t|trillion)(?![a-z])/gi;
const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, b: 1e9, billion: 1e9, t: 1e12, trillion: 1e12 };

/** The parameter counts a card's `params` gives, smallest first; none when it gives none. */
export function parameterCounts(params: unknown): number[] {
  const texts = Array.isArray(params) ? params : [params];
  const counts = new Set<number>();
  for (const text of texts) {
    if (typeof text !== 'string' && typeof text !== 'number') continue;
    if (typeof text === 'number') {
      if (Number.isFinite(text) && text > 0) counts.add(text);
      continue;
    }
    for (const [, digits, unit] of text.matchAll(COUNT)) {
      const value = Number(digits.replace(',', '.')) * SCALE[unit.toLowerCase()];
      if (Number.isFinite(value) && value > 0) counts.add(Math.round(value));
    }
  }
  return [...counts].sort((a, b) => a - b);
}

/** A card's `params` as one text: a list is joined ("1B / 7B / 40B"). */
export function parameterText(params: unknown): string | undefined {
  if (Array.isArray(params)) {
    const parts = params.filter((p) => typeof p === 'string' || typeof p === 'number').map(String);
    return parts.length > 0 ? parts.join(' / ') : undefined;
  }
  if (typeof params === 'number') return String(params);
  return typeof params === 'string' && params.trim() ? params.trim() : undefined;
}

/** Open weights under an open licence; restricted (non-commercial, research-only, use-restricted); or unknown. */
export type LicenceKind = 'open' | 'restricted' | 'unknown';

/** Licence ids (lower case, without spaces, dots and dashes) and their kind. */
const OPEN = ['mit', 'apache', 'apache2', 'apache20', 'bsd', 'bsd2clause', 'bsd3clause', 'isc', 'unlicense', 'cc0', 'cc010', 'ccby', 'ccby40', 'ccbysa', 'ccbysa40', 'mpl20', 'gpl', 'gpl20', 'gpl30', 'lgpl', 'lgpl21', 'lgpl30', 'agpl30', 'epl20', 'zlib', 'artistic20', 'odcby', 'pddl', 'bsl10'];
const RESTRICTED_WORDS = /\bnc\b|noncommercial|non-commercial|research[- ]only|academic|llama|gemma|openrail|rail|proprietary|custom|nvidia|deepseek|qwen|tongyi|responsible ai/i;

/** How open a licence is, from its id or name ("MIT", "Apache 2.0", "cc-by-nc-4.0", "llama3.1"). */
export function licenceKind(licence: unknown): LicenceKind {
  if (typeof licence !== 'string' || !licence.trim()) return 'unknown';
  const text = licence.trim();
  if (RESTRICTED_WORDS.test(text) || /cc[- ]?by[- ]?(sa[- ]?)?nc|[- ]nd\b/i.test(text)) return 'restricted';
  const id = text.toLowerCase().replace(/licen[sc]e|version|v(?=\d)|[\s._-]/g, '');
  return OPEN.includes(id) ? 'open' : 'unknown';
}
