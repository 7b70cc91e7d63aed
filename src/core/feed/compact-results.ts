// Writing a feed: the fields a benchmark's results share moved into its `result_fields`, and the
// results of one run written together in `runs` (the reading side, expandResults, is in
// result-fields.ts and runs.ts; this half only the CLI and scripts need).
import type { Feed, Result, ResultRun } from '../types.js';
import { setField } from './checks.js';
import { expandResults, OWN_RESULT_FIELDS } from './result-fields.js';
import { RUN_RESULT_ONLY } from './runs.js';

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
      const same = sameAs(first[key]);
      if (results.every((r) => same((r as unknown as Record<string, unknown>)[key]))) fields[key] = first[key];
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
    return fields ? (without(r, (key) => Object.hasOwn(fields, key)) as unknown as Result) : r;
  });
  return { ...feed, benchmarks, results };
}

/**
 * A file's results with those of one run written together (`runs`): results whose ids share
 * the part before their last "/" and that have the same model are one run of two or more; the
 * run holds that part of the id and every field its results have alike (model, source, a date).
 * Results of no such run stay in `results`. Reading (`expandResults`) gives back the same results.
 */
export function withRuns<T extends { results: Result[] }>(file: T): T & { runs?: ResultRun[] } {
  const groups = new Map<string, Result[]>();
  const alone: Result[] = [];
  for (const r of file.results) {
    const cut = r.id.lastIndexOf('/');
    if (cut <= 0 || cut === r.id.length - 1) {
      alone.push(r);
      continue;
    }
    const key = `${r.id.slice(0, cut)}\u0000${r.model}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const runs: ResultRun[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) {
      alone.push(...group);
      continue;
    }
    runs.push(runOf(group));
  }
  if (runs.length === 0) return file;
  // Results of no run keep their order; reading puts the runs' after them.
  const inRun = new Set(alone);
  return { ...file, results: file.results.filter((r) => inRun.has(r)), runs };
}

function runOf(group: Result[]): ResultRun {
  const first = group[0] as unknown as Record<string, unknown>;
  const id = group[0].id.slice(0, group[0].id.lastIndexOf('/'));
  const shared: Record<string, unknown> = {};
  for (const key of Object.keys(first)) {
    if (key === 'id' || key === 'results' || key === '__proto__' || RUN_RESULT_ONLY.has(key)) continue;
    const same = sameAs(first[key]);
    if (group.every((r) => Object.hasOwn(r, key) && same((r as unknown as Record<string, unknown>)[key]))) shared[key] = first[key];
  }
  const results = group.map((r) => without(r, (key) => key === 'id' || Object.hasOwn(shared, key), { id: r.id.slice(id.length + 1) }) as Partial<Result>);
  return { id, ...shared, results };
}

/** Whether a value equals `value`: strings and numbers as they are, anything else by its JSON. */
function sameAs(value: unknown): (v: unknown) => boolean {
  if (value === null || typeof value !== 'object') return (v) => v === value;
  const json = JSON.stringify(value);
  return (v) => JSON.stringify(v) === json;
}

/**
 * A result's fields but those `dropped`, after the fields of `own`, built key by key: deleting
 * keys from a copy would turn each result into a slow, large dictionary object.
 */
function without(r: Result, dropped: (key: string) => boolean, own: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [key, value] of Object.entries(r)) if (!dropped(key)) setField(own, key, value);
  return own;
}
