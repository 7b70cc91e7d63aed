// A feed's own text in the reader's language: a benchmark, suite, metric or tier may carry
// `translations: { "zh-CN": { name, description } }`, which replace its English text for readers
// of that language. Only the text changes: ids, scores and ranks are the same in every language.
import type { Hub } from '../hub.js';
import type { Benchmark, MetricDefinition, Suite, TierDefinition, TranslatedText } from '../types.js';
import { hasTranslations, TRANSLATED_FIELDS, type Translatable } from './translated-fields.js';

/** A translated copy → the feed's own object, so that another language starts from the original. */
const originals = new WeakMap<object, object>();
/** Translated copies by original and language tag: the same object each time (elements compare by identity). */
const copies = new WeakMap<object, Map<string, object>>();
/** Localised hubs by original hub and language tag. */
const hubs = new WeakMap<Hub, Map<string, Hub>>();

/**
 * The translation for `lang` among `translations`: the tag itself, then shorter forms of it
 * (`zh-Hans-CN`, `zh-Hans`, `zh`), matched without regard to case; a bare `zh` reader also takes
 * the only `zh-…` one given.
 */
export function translationFor(translations: Record<string, TranslatedText> | undefined, lang: string): TranslatedText | undefined {
  if (!translations) return undefined;
  const byTag = new Map(Object.entries(translations).map(([tag, text]) => [tag.toLowerCase(), text]));
  const parts = lang.toLowerCase().split('-');
  for (let n = parts.length; n > 0; n--) {
    const found = byTag.get(parts.slice(0, n).join('-'));
    if (found) return found;
  }
  if (parts.length === 1) {
    const regional = [...byTag.keys()].filter((tag) => tag.split('-')[0] === parts[0]);
    if (regional.length === 1) return byTag.get(regional[0]);
  }
  return undefined;
}

/** `object` with its text in `lang` where it has a translation; itself otherwise. */
function translated<T extends Translatable>(given: T, fields: readonly string[], lang: string): T {
  const object = (originals.get(given) as T | undefined) ?? given;
  const text = translationFor(object.translations, lang);
  if (!text) return object;
  let byLang = copies.get(object);
  if (!byLang) copies.set(object, (byLang = new Map()));
  const known = byLang.get(lang);
  if (known) return known as T;
  const copy: Record<string, unknown> = { ...object };
  for (const field of fields) {
    const value = (text as Record<string, unknown>)[field];
    if (typeof value === 'string' && value.trim() !== '') copy[field] = value;
  }
  originals.set(copy, object);
  byLang.set(lang, copy);
  return copy as T;
}

/**
 * The hub with the feed's own text in `lang` (benchmark, suite and metric names and descriptions,
 * tier labels) where the feed translates it, else the feed's own words. Cheap: the results are
 * not indexed again, and the same hub object comes back for the same language.
 */
export function localizeHub(hub: Hub, lang: string): Hub {
  const base = (originals.get(hub) as Hub | undefined) ?? hub;
  if (!hasTranslations(base.feed)) return base;
  const tag = lang.toLowerCase();
  let byLang = hubs.get(base);
  if (!byLang) hubs.set(base, (byLang = new Map()));
  const known = byLang.get(tag);
  if (known) return known;
  const benchmark = (b: Benchmark) => translated(b, TRANSLATED_FIELDS.benchmark, tag);
  const suite = (s: Suite) => translated(s, TRANSLATED_FIELDS.suite, tag);
  const metric = (m: MetricDefinition & Translatable) => translated(m, TRANSLATED_FIELDS.metric, tag);
  const tier = (t: TierDefinition) => translated(t, TRANSLATED_FIELDS.tier, tag);
  const feed = base.feed;
  const benchmarks = feed.benchmarks.map(benchmark);
  const suites = feed.suites?.map(suite);
  const metrics = feed.metrics && Object.fromEntries(Object.entries(feed.metrics).map(([id, m]) => [id, metric(m)]));
  const ownTiers = feed.tiers?.map(tier);
  const localized: Hub = {
    ...base,
    feed: { ...feed, benchmarks, ...(suites && { suites }), ...(metrics && { metrics }), ...(ownTiers && { tiers: ownTiers }) },
    tiers: ownTiers ?? base.tiers,
    suites: suites ?? base.suites,
    benchmarks,
    metric: (id) => metric(base.metric(id)),
    benchmark: (id) => benchmark(base.benchmark(id)),
    suite: (id) => {
      const found = base.suite(id);
      return found && suite(found);
    },
  };
  originals.set(localized, base);
  byLang.set(tag, localized);
  return localized;
}
