import { DEFAULT_TIERS, type TierBounds, type TierDefinition } from '../core/index.js';
import type { Messages } from '../i18n/messages.js';

type RangeWords = Pick<Messages, 'orMore' | 'orLess' | 'fromToBelow' | 'aboveUpTo' | 'below' | 'above' | 'anyScore'>;

/**
 * The scores a tier covers, in words: "0.90 or more", "from 0.80 to below 0.90", "below 0.70";
 * for a lower-is-better metric "0.10 or less", "above 0.10 up to 0.20", "above 0.30".
 */
export function tierRangeText(bounds: TierBounds, lower: boolean, format: (v: number) => string, t: RangeWords): string {
  const { threshold, until } = bounds;
  if (threshold !== null && until === null) return (lower ? t.orLess : t.orMore)(format(threshold));
  if (threshold !== null && until !== null) {
    return lower ? t.aboveUpTo(format(until), format(threshold)) : t.fromToBelow(format(threshold), format(until));
  }
  if (until !== null) return (lower ? t.above : t.below)(format(until));
  return t.anyScore;
}

/** A tier's name and meaning for the reader: the package's own four in its language, a feed's own as the feed gives them. */
export function tierWords(tier: TierDefinition, t: Pick<Messages, 'tierLabels' | 'tierMeanings'>): { label: string; meaning: string } {
  const own = DEFAULT_TIERS.includes(tier);
  return { label: (own && t.tierLabels[tier.id]) || tier.label, meaning: (own && t.tierMeanings[tier.id]) || tier.description || '' };
}
