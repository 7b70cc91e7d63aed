// Which catalogue a reader gets: by the language tag an element finds (its own `lang` or an
// ancestor's), English for `en-*`, the shipped Simplified Chinese for `zh-*`, a page's own for a
// language it registered; key by key, whatever a catalogue lacks (or gives in the wrong form) is
// English. An unknown language is English, with one console warning a language.
import { en, type Messages } from './messages.js';

// Every place this runs (a page, Node for `render`) has a console; the static pages' build knows no DOM or Node types.
declare const console: { warn(message: string): void };

const registered = new Map<string, Partial<Messages>>();
const warned = new Set<string>();
const merged = new Map<string, Messages>();

/** The languages shipped besides English, by their base tag. */
export const SHIPPED = ['zh'] as const;

/**
 * Adds (or replaces) the labels for a language (`de`, `pt-BR`…): any keys of the English
 * catalogue, each a text or a function of the same arguments. Elements of that language drawn
 * afterwards use them; a key left out stays English.
 */
export function registerMessages(lang: string, messages: Partial<Messages>): void {
  registered.set(lang.toLowerCase(), messages);
  merged.clear();
}

/** The shipped language a tag asks for (`zh-Hans-CN` → `zh`), if any. */
export function shippedFor(lang: string): (typeof SHIPPED)[number] | undefined {
  const base = lang.toLowerCase().split('-')[0];
  return SHIPPED.find((s) => s === base);
}

/** Keeps the keys of `given` that English has, in English's form (text or function). */
function valid(given: Partial<Messages>, lang: string): Partial<Messages> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    const english = (en as Record<string, unknown>)[key];
    if (english !== undefined && typeof value === typeof english) out[key] = value;
    else console.warn(`fm-leaderboard: the "${lang}" label "${key}" is ${english === undefined ? 'not a label' : `a ${typeof value}, not a ${typeof english}`}; English is shown`);
  }
  return out as Partial<Messages>;
}

/**
 * The catalogue for `lang`: a registered one for the tag or its base, over the shipped one
 * (`shipped`, once loaded), over English.
 */
export function messagesFor(lang: string, shipped?: Messages): Messages {
  const tag = lang.toLowerCase();
  const key = `${tag}|${shipped ? 1 : 0}`;
  const known = merged.get(key);
  if (known) return known;
  const base = tag.split('-')[0];
  const own = registered.get(tag) ?? registered.get(base);
  if (!own && !shipped && base !== 'en' && !shippedFor(tag) && !warned.has(base)) {
    warned.add(base);
    console.warn(`fm-leaderboard: no labels for the language "${lang}"; English is shown (registerMessages("${lang}", {…}) adds them)`);
  }
  const catalogue = { ...en, ...(shipped ?? {}), ...(own ? valid(own, lang) : {}) } as Messages;
  merged.set(key, catalogue);
  return catalogue;
}
