// A field that every result of a benchmark has alike (the dataset, the evaluator, when the
// leaderboard was retrieved) is written once, in the benchmark's `result_fields`, rather than in
// each of its results: `compactResults` (compact-results.ts) moves them there when a feed is written, and
// `expandResults` puts them back when one is read, so that everything past loading sees whole
// results. A result's own value always wins over its benchmark's.
import type { Problem } from './problems.js';
import { isObject } from './checks.js';

/** What identifies a result, its numbers and its own file: never shared through a benchmark. */
export const OWN_RESULT_FIELDS: ReadonlySet<string> = new Set(['id', 'benchmark', 'model', 'metrics', 'stratified', 'probes', 'source']);

/**
 * Parsed (untrusted) feed data with every benchmark's `result_fields` copied into its results
 * where they do not say otherwise. Data of any other shape is returned as it is, for the
 * validator to name what is wrong; fields a result owns are never copied.
 */
export function expandResults<T>(data: T): T {
  if (!isObject(data) || !Array.isArray(data.benchmarks) || !Array.isArray(data.results)) return data;
  const shared = new Map<string, Array<[string, unknown]>>();
  for (const b of data.benchmarks as unknown[]) {
    if (!isObject(b) || typeof b.id !== 'string' || !isObject(b.result_fields)) continue;
    const entries = Object.entries(b.result_fields).filter(([key]) => !OWN_RESULT_FIELDS.has(key));
    if (entries.length > 0) shared.set(b.id, entries);
  }
  if (shared.size === 0) return data;
  const results = (data.results as unknown[]).map((r) => {
    if (!isObject(r) || typeof r.benchmark !== 'string') return r;
    const entries = shared.get(r.benchmark);
    if (!entries) return r;
    let copy: Record<string, unknown> | null = null; // only a result that lacks a field is copied
    for (const [key, value] of entries) {
      if (Object.hasOwn(r, key)) continue;
      copy ??= copyOf(r);
      // "__proto__" stays a plain field: defined, never assigned.
      if (key === '__proto__') Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
      else copy[key] = value;
    }
    return copy ?? r;
  });
  return { ...data, results } as T;
}

/**
 * A shallow copy of a parsed object. Object.assign is many times faster than spreading objects
 * from JSON.parse, but assigns: an own "__proto__" key (which JSON.parse can make) would set the
 * prototype, so such an object is spread instead.
 */
export function copyOf(r: Record<string, unknown>): Record<string, unknown> {
  return Object.hasOwn(r, '__proto__') ? { ...r } : Object.assign({}, r);
}

const RESULT_FIELD = /^\/results\/(\d+)\/([^/]+)(.*)$/;

/**
 * Problems found in expanded results, with each one about a field a result got from its
 * benchmark moved to where that field is written (`/benchmarks/2/result_fields/dataset`), once.
 */
export function relocateInherited(problems: Problem[], raw: unknown): Problem[] {
  if (!isObject(raw) || !Array.isArray(raw.benchmarks) || !Array.isArray(raw.results)) return problems;
  const benchmarkIndex = new Map<string, { index: number; fields: Record<string, unknown> }>();
  (raw.benchmarks as unknown[]).forEach((b, index) => {
    if (isObject(b) && typeof b.id === 'string' && isObject(b.result_fields) && !benchmarkIndex.has(b.id)) benchmarkIndex.set(b.id, { index, fields: b.result_fields });
  });
  if (benchmarkIndex.size === 0) return problems;
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const problem of problems) {
    const match = RESULT_FIELD.exec(problem.path);
    let moved = problem;
    if (match) {
      const result: unknown = (raw.results as unknown[])[Number(match[1])];
      const key = match[2].replace(/~1/g, '/').replace(/~0/g, '~');
      const from = isObject(result) && typeof result.benchmark === 'string' && !Object.hasOwn(result, key) ? benchmarkIndex.get(result.benchmark) : undefined;
      if (from && !OWN_RESULT_FIELDS.has(key) && Object.hasOwn(from.fields, key)) {
        moved = { ...problem, path: `/benchmarks/${from.index}/result_fields/${match[2]}${match[3]}` };
      }
    }
    const key = `${moved.severity} ${moved.path} ${moved.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(moved);
    }
  }
  return out;
}
