// What of a feed may be translated, apart from the translating (feed-translations.ts): the
// validator and a page's first load need only this; the rest loads when a feed has translations.
import type { Feed, TranslatedText } from '../types.js';

/** The fields a translation may give, per kind of object. */
export const TRANSLATED_FIELDS = {
  benchmark: ['name', 'description'],
  suite: ['name', 'description'],
  metric: ['name', 'description', 'example'],
  tier: ['label', 'description'],
} as const;

export type Translatable = { translations?: Record<string, TranslatedText> };

/** True when some benchmark, suite, metric or tier of the feed carries translations. */
export function hasTranslations(feed: Feed): boolean {
  const some = (list: readonly Translatable[] | undefined) => !!list?.some((o) => o.translations);
  return some(feed.benchmarks) || some(feed.suites) || some(feed.tiers) || some(Object.values(feed.metrics ?? {}));
}

