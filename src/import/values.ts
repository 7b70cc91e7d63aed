// Reading the evaluation tools' values the same way in every converter: dates, sample counts,
// parameter counts, readable metric ids.
import { isFiniteNumber, text } from './log.js';

/**
 * A run date as ISO 8601 in UTC: from a Unix time in seconds (a number, or a string as Every Eval
 * Ever writes it) or from an ISO date-time with any offset. A bare date stays a date. Undefined
 * for anything else.
 */
export function isoDate(value: unknown): string | undefined {
  if (isFiniteNumber(value)) return unixToIso(value);
  const t = text(value);
  if (t === undefined) return undefined;
  if (/^\d+(\.\d+)?$/.test(t)) return unixToIso(Number(t));
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return Number.isNaN(Date.parse(`${t}T00:00:00Z`)) ? undefined : t;
  // Only full date-times with a time zone: without one, the moment is unknown.
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(t)) return undefined;
  const ms = Date.parse(t.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? undefined : stamp(ms);
}

function unixToIso(seconds: number): string | undefined {
  // Before 1990 or after 2200 is not a run date; a millisecond time would land there.
  if (!(seconds > 631152000 && seconds < 7258118400)) return undefined;
  return stamp(Math.floor(seconds) * 1000);
}

/** `2026-01-21T02:59:43Z`: second precision, UTC. */
function stamp(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** A whole count ≥ 0 (a number or its text), else undefined. */
export function count(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return isFiniteNumber(n) && n >= 0 && Number.isInteger(n) ? n : undefined;
}

/** A finite number, or a number written as text (`"34.0"`), else undefined. */
export function numeric(value: unknown): number | undefined {
  if (isFiniteNumber(value)) return value;
  const t = text(value);
  return t !== undefined && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : undefined;
}

/** A parameter count as people write it: 93069280 → "93.1M", 3.4e10 → "34B". */
export function paramsText(n: number): string {
  const units: Array<[number, string]> = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, unit] of units) {
    if (n >= size) return `${Number((n / size).toPrecision(3))}${unit}`;
  }
  return String(n);
}

/** The feed's id for a metric under a filter or variant: `exact_match (strict-match)`; `none` drops out. */
export function metricId(metric: string, variant: string | undefined): string {
  return variant === undefined || variant === '' || variant === 'none' ? metric : `${metric} (${variant})`;
}
