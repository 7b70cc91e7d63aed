// Numbers and dates in the page's language: the nearest `lang` attribute (across shadow roots),
// else the document's, else the browser's.

/** The nearest `lang`, walking up through shadow roots to the document. */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || navigator.language || 'en';
}

/** "1 model", "4,500 models": a count and its noun (English plurals in s). */
export const countOf = (n: number, noun: string) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `value` with exactly `decimals` fraction digits, in `lang`. */
export function formatNumber(value: number, decimals: number, lang: string): string {
  const key = `${lang}|${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    try {
      format = new Intl.NumberFormat(lang, digits);
    } catch {
      format = new Intl.NumberFormat('en', digits);
    }
    numberFormats.set(key, format);
  }
  return format.format(value);
}

// Making an Intl formatter costs far more than using one (≈ 0.2 ms against 2 µs): keep one per language.
const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

/** The date part of an ISO date or date-time, e.g. "18 Dec 2025" (en-GB); the input if unreadable. */
export function formatDate(iso: string, lang: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  if (!day) return iso;
  let format = dateFormats.get(lang);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    } catch {
      format = null; // not a language tag Intl knows
    }
    dateFormats.set(lang, format);
  }
  try {
    return format ? format.format(new Date(`${day}T00:00:00Z`)) : day;
  } catch {
    return day; // e.g. 2025-13-45: not a date
  }
}
