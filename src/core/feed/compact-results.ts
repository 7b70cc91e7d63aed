// Writing a feed: the fields a benchmark's results share moved into its `result_fields` (the
// reading side, expandResults, is in result-fields.ts; this half only the CLI and scripts need).
import type { Feed, Result } from '../types.js';
import { expandResults, OWN_RESULT_FIELDS } from './result-fields.js';

/**
 * The feed with each benchmark's alike fields moved out of its results (a benchmark of two or
 * more results; a field every one of them has, with the same value), worked out afresh.
 * Nothing else changes.
 */
export function compactResults(given: Feed): Feed {
  const feed = expandResults(given); // what a benchmark shared before is worked out again
  const byBenchmark = new Map<string, Result[]>();
  for (const r of feed.results) {
    const list = byBenchmark.get(r.benchmark);
    if (list) list.push(r);
    else byBenchmark.set(r.benchmark, [r]);
  }
  const shared = new Map<string, Record<string, unknown>>();
  for (const [id, results] of byBenchmark) {
    if (results.length < 2) continue;
    const fields: Record<string, unknown> = {};
    const first = results[0] as unknown as Record<string, unknown>;
    for (const key of Object.keys(first)) {
      if (OWN_RESULT_FIELDS.has(key)) continue;
      const value = first[key];
      // Strings and numbers compare as they are; anything else by its JSON.
      const same = value !== null && typeof value === 'object' ? (v: unknown) => JSON.stringify(v) === JSON.stringify(value) : (v: unknown) => v === value;
      if (results.every((r) => same((r as unknown as Record<string, unknown>)[key]))) fields[key] = value;
    }
    if (Object.keys(fields).length > 0) shared.set(id, fields);
  }
  const benchmarks = feed.benchmarks.map((b) => {
    const fields = shared.get(b.id);
    if (fields) return { ...b, result_fields: fields };
    if (!b.result_fields) return b;
    const { result_fields: _, ...rest } = b;
    return rest;
  });
  const results = feed.results.map((r) => {
    const fields = shared.get(r.benchmark);
    if (!fields) return r;
    // Built key by key: deleting keys from a copy would turn each result into a slow, large dictionary object.
    const own: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(r)) {
      if (Object.hasOwn(fields, key)) continue;
      if (key === '__proto__') Object.defineProperty(own, key, { value, enumerable: true, writable: true, configurable: true });
      else own[key] = value;
    }
    return own as unknown as Result;
  });
  return { ...feed, benchmarks, results };
}
