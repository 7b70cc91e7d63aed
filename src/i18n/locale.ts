// Which labels a reader gets: by the language tag an element finds (its own `lang` or an
// ancestor's), English for `en-*`, the shipped Simplified Chinese for `zh-*`, a page's own for a
// language it registered; key by key, whatever a catalogue lacks (or gives in the wrong form) is
// English. An unknown language is English, with one console warning a language. The catalogue
// comes in parts (messages.ts, hub-messages.ts), each merged on its own.
import type { AllMessages } from './messages.js';

// Every place this runs (a page, Node for `render`) has a console; the static pages' build knows no DOM or Node types.
declare const console: { warn(message: string): void };

const registered = new Map<string, Partial<AllMessages>>();
/** Counts registrations: catalogues merged before one are keyed by the count they were merged at. */
let version = 0;
const warned = new Set<string>();
/** Merged catalogues, by English part, then by language tag and whether the shipped one was given. */
const merged = new WeakMap<object, Map<string, object>>();

/** The languages shipped besides English, by their base tag. */
export const SHIPPED = ['zh'] as const;

/**
 * Adds (or replaces) the labels for a language (`de`, `pt-BR`…): any keys of the English
 * catalogue (every part's), each a text or a function of the same arguments. Elements of that
 * language drawn afterwards use them; a key left out stays English.
 */
export function registerMessages(lang: string, messages: Partial<AllMessages>): void {
  registered.set(lang.toLowerCase(), messages);
  version++;
}

/** The shipped language a tag asks for (`zh-Hans-CN` → `zh`), if any. */
export function shippedFor(lang: string): (typeof SHIPPED)[number] | undefined {
  const base = lang.toLowerCase().split('-')[0];
  return SHIPPED.find((s) => s === base);
}

/** The keys of `given` that `english` has, in English's form (text, function or table); a wrong form is said. */
function valid<T extends object>(english: T, given: object, lang: string): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    const source = (english as Record<string, unknown>)[key];
    if (source === undefined) continue; // another part's label
    if (typeof value === typeof source) out[key] = value;
    else console.warn(`fm-leaderboard: the "${lang}" label "${key}" is a ${typeof value}, not a ${typeof source}; English is shown`);
  }
  return out as Partial<T>;
}

/**
 * One part of the catalogue for `lang`: a registered catalogue for the tag or its base, over the
 * shipped one (`shipped`, once loaded), over `english`.
 */
export function catalogueFor<T extends object>(english: T, lang: string, shipped?: T): T {
  const tag = lang.toLowerCase();
  const key = `${tag}|${shipped ? 1 : 0}|${version}`;
  let byLang = merged.get(english);
  if (!byLang) merged.set(english, (byLang = new Map()));
  const known = byLang.get(key);
  if (known) return known as T;
  const base = tag.split('-')[0];
  const own = registered.get(tag) ?? registered.get(base);
  if (!own && !shipped && base !== 'en' && !shippedFor(tag) && !warned.has(base)) {
    warned.add(base);
    console.warn(`fm-leaderboard: no labels for the language "${lang}"; English is shown (registerMessages("${lang}", {…}) adds them)`);
  }
  const catalogue = { ...english, ...(shipped ?? {}), ...(own ? valid(english, own, lang) : {}) } as T;
  byLang.set(key, catalogue);
  return catalogue;
}
