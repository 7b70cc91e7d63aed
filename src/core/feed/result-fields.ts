// A field that every result of a benchmark has alike (the dataset, the evaluator, when the
// leaderboard was retrieved) is written once, in the benchmark's `result_fields`, rather than in
// each of its results: `compactResults` (compact-results.ts) moves them there when a feed is written, and
// `expandResults` puts them back when one is read, so that everything past loading sees whole
// results. A result's own value always wins over its benchmark's.
import type { Problem } from './problems.js';
import { isObject, setField } from './checks.js';
import { flattenRuns, resultPlaces, RUN_RESULT_ONLY } from './runs.js';

/** What identifies a result, its numbers and its own file: never shared through a benchmark. */
export const OWN_RESULT_FIELDS: ReadonlySet<string> = new Set(['id', 'benchmark', 'model', 'metrics', 'stratified', 'probes', 'source', 'paired']);

/**
 * Parsed (untrusted) feed data with its `runs` flattened into whole results after its own (see
 * runs.ts) and every benchmark's `result_fields` copied into its results where they do not say
 * otherwise; the copy has no `runs`, so expanding twice changes nothing. Data of any other shape
 * is returned as it is, for the validator to name what is wrong; fields a result owns are never
 * copied.
 */
export function expandResults<T>(data: T): T {
  if (!isObject(data) || !Array.isArray(data.benchmarks) || !Array.isArray(data.results)) return data;
  const shared = new Map<string, Array<[string, unknown]>>();
  for (const b of data.benchmarks as unknown[]) {
    if (!isObject(b) || typeof b.id !== 'string' || !isObject(b.result_fields)) continue;
    const entries = Object.entries(b.result_fields).filter(([key]) => !OWN_RESULT_FIELDS.has(key));
    if (entries.length > 0) shared.set(b.id, entries);
  }
  // As objects for the runs' results, each made on first use (an index lists every benchmark; a shard uses a few).
  const sharedObjects = new Map<string, Record<string, unknown>>();
  const objectOf = (benchmark: string): Record<string, unknown> | undefined => {
    let object = sharedObjects.get(benchmark);
    const entries = object ? undefined : shared.get(benchmark);
    if (entries) sharedObjects.set(benchmark, (object = fieldsObject(entries)));
    return object;
  };
  // A run's results are made whole in one go, with their benchmark's fields (see runs.ts).
  const fromRuns = data.runs === undefined ? null : flattenRuns(data.runs, objectOf);
  if (shared.size === 0 && !fromRuns) return data;
  const { runs: _, ...rest } = data;
  // A shard written by run has no results of its own: its runs' results are the list.
  if (fromRuns && data.results.length === 0) return { ...rest, results: fromRuns } as T;
  const results = (data.results as unknown[]).map((r) => {
    if (!isObject(r) || typeof r.benchmark !== 'string') return r;
    const entries = shared.get(r.benchmark);
    if (!entries) return r;
    let copy: Record<string, unknown> | null = null; // only a result that lacks a field is copied
    for (const [key, value] of entries) {
      if (Object.hasOwn(r, key)) continue;
      copy ??= copyOf(r);
      setField(copy, key, value);
    }
    return copy ?? r;
  });
  if (fromRuns) for (let i = 0; i < fromRuns.length; i++) results.push(fromRuns[i]);
  return { ...rest, results } as T;
}

/** Fields as an object (see setField). */
function fieldsObject(entries: Array<[string, unknown]>): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) setField(object, key, value);
  return object;
}

/**
 * A shallow copy of a parsed object. Object.assign is many times faster than spreading objects
 * from JSON.parse, but assigns: an own "__proto__" key (which JSON.parse can make) would set the
 * prototype, so such an object is spread instead.
 */
export function copyOf(r: Record<string, unknown>): Record<string, unknown> {
  return Object.hasOwn(r, '__proto__') ? { ...r } : Object.assign({}, r);
}

const RESULT_PROBLEM = /^\/results\/(\d+)(?:\/([^/]+)(.*))?$/;

/**
 * Problems found in expanded results, each moved to where `raw` writes what is at fault: a
 * result of a run (`/runs/3/results/1/metrics`), a field it got from its run (`/runs/3/model`)
 * or from its benchmark (`/benchmarks/2/result_fields/dataset`). One problem out per problem in.
 */
export function locateProblems(problems: Problem[], raw: unknown): Problem[] {
  // Nothing to move: a large feed's places (one per result) are not worked out.
  if (problems.length === 0 || !isObject(raw) || !Array.isArray(raw.benchmarks) || !Array.isArray(raw.results)) return problems;
  const benchmarkIndex = new Map<string, { index: number; fields: Record<string, unknown> }>();
  (raw.benchmarks as unknown[]).forEach((b, index) => {
    if (isObject(b) && typeof b.id === 'string' && isObject(b.result_fields) && !benchmarkIndex.has(b.id)) benchmarkIndex.set(b.id, { index, fields: b.result_fields });
  });
  if (benchmarkIndex.size === 0 && raw.runs === undefined) return problems;
  const places = resultPlaces(raw);
  const runs = Array.isArray(raw.runs) ? (raw.runs as unknown[]) : [];
  return problems.map((problem) => {
    const match = RESULT_PROBLEM.exec(problem.path);
    const place = match ? places[Number(match[1])] : undefined;
    if (!match || !place) return problem;
    const run = place.run === null ? null : (runs[place.run] as Record<string, unknown> & { results: unknown[] });
    const base = run ? `/runs/${place.run}/results/${place.at}` : `/results/${place.at}`;
    const result: unknown = run ? run.results[place.at] : (raw.results as unknown[])[place.at];
    if (match[2] === undefined) return { ...problem, path: base };
    const key = match[2].replace(/~1/g, '/').replace(/~0/g, '~');
    const rest = `${match[2]}${match[3]}`;
    let path = `${base}/${rest}`;
    if (isObject(result) && !Object.hasOwn(result, key)) {
      const from = typeof result.benchmark === 'string' ? benchmarkIndex.get(result.benchmark) : undefined;
      if (run && key !== 'id' && !RUN_RESULT_ONLY.has(key) && Object.hasOwn(run, key)) path = `/runs/${place.run}/${rest}`;
      else if (from && !OWN_RESULT_FIELDS.has(key) && Object.hasOwn(from.fields, key)) path = `/benchmarks/${from.index}/result_fields/${rest}`;
    }
    return { ...problem, path };
  });
}

/** Problems once each: a field shared by many results is at fault once, where it is written. */
export function uniqueProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.severity} ${p.path} ${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
