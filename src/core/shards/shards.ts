// A feed too large for one file is an index (suites, benchmarks, metrics, the results of
// benchmarks in no suite) and one file per suite beside it, a shard, with the suite's results and
// its models' cards, named in the index's `shards` by a URL relative to the index. A reader
// fetches a suite's shard when that suite is shown; `joinShards` makes the one feed the shards were cut from, so that a reader of
// every shard (the CLI) and a reader of one (the element) rank the same results.
import { SUPPORTED_MAJOR } from '../defaults.js';
import { checkObject, isObject } from '../feed/checks.js';
import { ProblemList, type Problem } from '../feed/problems.js';
import { expandResults, locateProblems, uniqueProblems } from '../feed/result-fields.js';
import { checkRuns, isRun } from '../feed/runs.js';
import { checkResult } from '../feed/validate-results.js';
import { modelKey } from '../identity.js';
import type { Feed, Model, Result, ResultRun, ShardRef, StoredIndex, Suite } from '../types.js';
import { checkStoredIndex } from '../feed/validate-sections.js';
import { cardKeys, cardsForIndex, cardsNamed, joinedCards, shardCards, spellingIn } from './shard-models.js';

/** A shard file: the results of one suite. */
export interface ShardFile {
  version: string;
  /** The suite whose results it holds. */
  suite: string;
  /** The cards of the models its results name (the index has only the others). */
  models?: Model[];
  results: Result[];
  /** Results written by run (see feed/runs.ts); read after `results`. */
  runs?: ResultRun[];
  /** The suite's capability index as the CLI fitted it (kept here, not in the index, which every page reads). */
  capability_index?: StoredIndex;
}

function withoutIndex(suite: Suite): Suite {
  const { capability_index: _, ...rest } = suite;
  return rest;
}

/** A suite id as a file name part: letters, digits, dots, dashes and underscores. */
function fileSafe(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+|-+$/g, '') || 'suite';
}

/**
 * A whole feed cut into an index and one shard per suite that has results; `base` is the
 * index's file name without `.json` (shards are `<base>.<suite>.json` beside it). The results of
 * benchmarks in no suite stay in the index; each shard has its models' cards, the index the cards
 * no shard names (see shard-models.ts). The index carries the totals a reader shows before any
 * shard is loaded.
 */
export function splitFeed(feed: Feed, base: string): { index: Feed; shards: Array<{ ref: ShardRef; shard: ShardFile }> } {
  const suiteOf = new Map(feed.benchmarks.filter((b) => b.suite && feed.suites?.some((s) => s.id === b.suite)).map((b) => [b.id, b.suite!]));
  const bySuite = new Map<string, Result[]>();
  const unsharded: Result[] = [];
  for (const r of feed.results) {
    const suite = suiteOf.get(r.benchmark);
    if (!suite) unsharded.push(r);
    else if (bySuite.has(suite)) bySuite.get(suite)!.push(r);
    else bySuite.set(suite, [r]);
  }
  const urls = shardUrls((feed.suites ?? []).filter((s) => bySuite.has(s.id)).map((s) => s.id), base);
  const stored = new Map((feed.suites ?? []).flatMap((s) => (s.capability_index ? [[s.id, s.capability_index] as const] : [])));
  const shards = [...urls].map(([suite, url]) => {
    const results = bySuite.get(suite)!;
    const index = stored.get(suite);
    const models = cardsNamed(feed.models, results);
    return { ref: shardRef(suite, url, results), shard: { version: feed.version, suite, models, results, ...(index ? { capability_index: index } : {}) } };
  });
  const models = new Set(feed.results.map((r) => modelKey(r.model))).size;
  const inShards = new Set(shards.flatMap((s) => s.shard.models));
  // A stored index goes with its suite's results, into the shard.
  const suites = feed.suites?.map((s) => (s.capability_index && urls.has(s.id) ? withoutIndex(s) : s));
  const index: Feed = { ...feed, ...(suites ? { suites } : {}), models: cardsForIndex(feed.models, inShards, unsharded), results: unsharded, shards: shards.map((s) => s.ref), totals: { results: feed.results.length, models } };
  return { index, shards };
}

/** Each suite's shard file name, `<base>.<suite>.json`, told apart where two suites' ids make one name. */
export function shardUrls(suites: string[], base: string): Map<string, string> {
  const used = new Set<string>();
  const urls = new Map<string, string>();
  for (const suite of suites) {
    let name = `${base}.${fileSafe(suite)}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}.${fileSafe(suite)}-${n}`;
    used.add(name.toLowerCase());
    urls.set(suite, `${name}.json`);
  }
  return urls;
}

/** An index's entry for a suite's shard: its file and how many results and models it holds. */
export function shardRef(suite: string, url: string, results: Result[]): ShardRef {
  return { suite, url, results: results.length, models: new Set(results.map((r) => modelKey(r.model))).size };
}

/** What a shard holds that its index can use, and what is wrong with it, each problem naming the file. */
export interface ShardReading {
  results: Result[];
  /** The usable cards of the shard's models (none in a shard written before they moved there). */
  models: Model[];
  /** The suite's stored capability index, when the shard has a well-formed one. */
  capabilityIndex?: StoredIndex;
  /** Each kept result's place among the file's results as read: its `results`, then its runs'. */
  at: number[];
  /** The file as written, to tell a problem of a result where it is written (`locateProblems`). */
  written?: Record<string, unknown>;
  problems: Problem[];
}

/**
 * A parsed shard checked against its index (expanded and valid): the results it may add to its
 * suite. A result that fails the result checks, or is not on one of the suite's benchmarks, is
 * left out, said; a model the index does not list is a warning, as in a one-file feed. A shard
 * that is not one (another suite's, no results list, another major version) adds nothing, with
 * an error.
 */
export function readShard(index: Feed, ref: ShardRef, data: unknown): ShardReading {
  const problems = new ProblemList();
  const named = (): Problem[] => problems.items.map((p) => ({ ...p, file: ref.url }));
  if (!checkObject(problems, data, '')) return { results: [], models: [], at: [], problems: named() };
  const version = typeof data.version === 'string' ? /^(\d+)\./.exec(data.version) : null;
  if (!version || Number(version[1]) !== SUPPORTED_MAJOR) problems.error('/version', `expected a version ${SUPPORTED_MAJOR}.x shard, got ${JSON.stringify(data.version ?? null)}`);
  else if (data.suite !== ref.suite) problems.error('/suite', `the index lists this file for suite "${ref.suite}", but it holds ${typeof data.suite === 'string' ? `suite "${data.suite}"` : 'no suite'}`);
  else if (!Array.isArray(data.results)) problems.error('/results', 'is required: a list of results');
  else checkRuns(problems, data);
  if (problems.items.some((p) => p.severity === 'error')) return { results: [], models: [], at: [], problems: named() };

  const ofSuite = new Set(index.benchmarks.filter((b) => b.suite === ref.suite).map((b) => b.id));
  const cards = shardCards(problems, data.models);
  const known = spellingIn(new Set([...modelKeysOf(index), ...cardKeys(cards)]));
  // A large shard's ids are told apart by run, not compared whole (see runResultIdsDistinct).
  const seen = runResultIdsDistinct(data) ? null : new Set<string>();
  const written = { benchmarks: index.benchmarks, results: data.results, runs: data.runs };
  const expanded = expandResults(written).results as unknown[];
  const results: Result[] = [];
  const kept: number[] = [];
  // Problems are found at each result's place among the expanded ones, then told where the file writes it.
  const found = new ProblemList();
  for (let i = 0; i < expanded.length; i++) {
    const raw = expanded[i];
    const before = found.items.length;
    // Checked at paths relative to the result, placed only when something is found: a path made
    // per result would be 20,000 strings for nothing in a large shard.
    checkResult(found, raw, '');
    if (found.items.length > before && hasError(found.items, before)) {
      placeAt(found.items, before, i);
      continue;
    }
    const r = raw as Result;
    if (!ofSuite.has(r.benchmark)) found.warn('/benchmark', `"${r.benchmark}" is not a benchmark of suite "${ref.suite}"; the result is left out`);
    else if (seen?.has(r.id)) found.warn('/id', `result id "${r.id}" is used twice in this file; the first is kept`);
    else {
      seen?.add(r.id);
      if (!known(r.model)) found.warn('/model', `unknown model "${r.model}"; its id is shown as its name`);
      results.push(r);
      kept.push(i);
    }
    if (found.items.length > before) placeAt(found.items, before, i);
  }
  problems.items.push(...uniqueProblems(locateProblems(found.items, written)));
  // A stored index that is not well formed is said and not used (the reader fits its own).
  let capabilityIndex: StoredIndex | undefined;
  if (data.capability_index !== undefined) {
    const before = problems.items.length;
    checkStoredIndex(problems, data.capability_index, '/capability_index');
    if (problems.items.length === before) capabilityIndex = data.capability_index as StoredIndex;
    else for (const p of problems.items.slice(before)) p.severity = 'warning';
  }
  return { results, models: cards, at: kept, written, problems: named(), ...(capabilityIndex ? { capabilityIndex } : {}) };
}

/**
 * Whether the results of `raw` (its `results`, then its runs') surely have different ids, told
 * from the runs without comparing the whole ids: no `results` beside the runs, each run's id
 * once, and within each run each result's own id once and without "/" (a whole id then splits
 * into its run's id and its own at its last "/", one way only). False when it cannot be told so:
 * the ids must then be compared.
 */
function runResultIdsDistinct(raw: Record<string, unknown>): boolean {
  if ((Array.isArray(raw.results) && raw.results.length > 0) || !Array.isArray(raw.runs)) return false;
  const runIds = new Set<string>();
  const own = new Set<string>(); // one set for every run's own ids
  const runs = raw.runs;
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k];
    if (!isRun(run) || typeof run.id !== 'string' || runIds.has(run.id)) return false;
    runIds.add(run.id);
    own.clear();
    const results = run.results;
    for (let j = 0; j < results.length; j++) {
      const r = results[j];
      if (!isObject(r) || typeof r.id !== 'string' || r.id.includes('/') || own.has(r.id)) return false;
      own.add(r.id);
    }
  }
  return true;
}

/** Places the problems from `from` on, found at paths relative to a result, at result `i` of the expanded list. */
function placeAt(problems: Problem[], from: number, i: number): void {
  for (let k = from; k < problems.length; k++) problems[k].path = `/results/${i}${problems[k].path}`;
}

/** Whether a problem from `from` on is an error. */
function hasError(problems: readonly Problem[], from: number): boolean {
  for (let k = from; k < problems.length; k++) if (problems[k].severity === 'error') return true;
  return false;
}

const modelKeys = new WeakMap<Feed, Set<string>>();

/** The identity keys of an index's models and their aliases, worked out once per index (every shard it reads needs them). */
function modelKeysOf(index: Feed): Set<string> {
  let keys = modelKeys.get(index);
  if (!keys) modelKeys.set(index, (keys = cardKeys(index.models)));
  return keys;
}

/**
 * The one feed an index and its shards were cut from: the index's results, then each shard's
 * usable results in the index's order, without `shards` and `totals`; its cards joined as
 * `joinedCards` orders them (the one file's order, for a feed `import` wrote). A shard that could not be
 * read (`data` undefined) adds nothing; its problem is the caller's to say.
 */
export function joinShards(index: Feed, shards: ReadonlyArray<{ ref: ShardRef; data: unknown }>): { feed: Feed; problems: Problem[]; origins: ResultOrigin[] } {
  const readings = shards.map(({ ref, data }) => (data === undefined ? { results: [], models: [], at: [], problems: [] } : readShard(index, ref, data)));
  const { shards: _, totals: __, ...rest } = index;
  const origins: ResultOrigin[] = [];
  let start = index.results.length;
  readings.forEach((r, k) => {
    origins.push({ file: shards[k].ref.url, start, at: r.at, written: r.written });
    start += r.results.length;
  });
  // Each shard's stored index back on its suite, as in the one-file feed.
  const stored = new Map(readings.flatMap((r, k) => (r.capabilityIndex ? [[shards[k].ref.suite, r.capabilityIndex] as const] : [])));
  const suites = rest.suites?.map((s) => (stored.has(s.id) ? { ...s, capability_index: stored.get(s.id)! } : s));
  return {
    feed: { ...rest, ...(suites ? { suites } : {}), models: joinedCards(index.models, ...readings.map((r) => r.models)), results: [...index.results, ...readings.flatMap((r) => r.results)] },
    problems: readings.flatMap((r) => r.problems),
    origins,
  };
}

/** Where a shard's results are in the joined feed: from `start`, each from its place `at` in the file. */
export interface ResultOrigin {
  file: string;
  start: number;
  at: number[];
  written?: Record<string, unknown>;
}

const RESULT = /^\/results\/(\d+)(.*)$/;

/** A problem of the joined feed, told in the file and place its result came from. */
export function problemInShard(problem: Problem, origins: readonly ResultOrigin[]): Problem {
  const match = RESULT.exec(problem.path);
  if (!match) return problem;
  const n = Number(match[1]);
  const origin = origins.find((o) => n >= o.start && n < o.start + o.at.length);
  if (!origin) return problem;
  const inFile = { ...problem, file: origin.file, path: `/results/${origin.at[n - origin.start]}${match[2]}` };
  return origin.written ? locateProblems([inFile], origin.written)[0] : inFile;
}

/** The shard of a suite, if the feed is an index that has one. */
export function shardOf(feed: Feed, suite: string | null): ShardRef | undefined {
  return suite === null ? undefined : feed.shards?.find((s) => s.suite === suite);
}
