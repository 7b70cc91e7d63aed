// A feed to disk: one file, or past a few megabytes an index and one shard per suite beside it
// (`feed.json`, `feed.<suite>.json`), so that a page fetches only the suite it shows. What a
// result's benchmark shares is written once (`result_fields`), and so is what a run's results
// share (`runs`); long lists are one row per line.
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Feed, Model, Result } from '../core/index.js';
import type { BuiltFeed } from '../import/index.js';
import type { SuiteSpill } from './spill.js';
import { compactResults, withRuns } from '../core/feed/compact-results.js';
import { shardRef, shardUrls, splitFeed } from '../core/shards/shards.js';
import { cardsForIndex, cardsNamed } from '../core/shards/shard-models.js';
import { fitSuiteIndex, withStoredIndexes } from '../core/suites/fit-stored-index.js';
import { buildHub } from '../core/hub.js';

/** `auto`: shards when the one file would pass `SHARD_THRESHOLD` and the feed has suites. */
export type ShardMode = 'auto' | 'always' | 'never';

/** Past this many characters, `auto` writes an index and shards (a page's first fetch stays small). */
export const SHARD_THRESHOLD = 1024 * 1024;

export interface WrittenFeed {
  /** Every file written: the feed's own first. */
  files: Array<{ path: string; bytes: number }>;
  /** Shard files of an earlier write of this feed that no longer belong to it, removed. */
  removed: string[];
}

/** The lists that grow with the data: one item per line, so a feed stays compact and diffs by row. */
const ROW_LISTS = new Set(['results', 'runs', 'models', 'warnings']);

/** A feed (or shard) as JSON text: indented, except that the long lists hold one item per line. */
export function feedJson(feed: object): string {
  const parts = Object.entries(feed).filter(([, value]) => value !== undefined).map(([key, value]) => {
    const name = JSON.stringify(key);
    if (!ROW_LISTS.has(key) || !Array.isArray(value) || value.length === 0) return `  ${name}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
    return `  ${name}: [\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  });
  return `{\n${parts.join(',\n')}\n}\n`;
}

/**
 * Writes `feed` to `file`: one file, or an index there and `<name>.<suite>.json` beside it.
 * The shards of an earlier index at `file` that this write does not make again are removed, so
 * that no stale suite lingers beside the feed.
 */
export function writeFeedFiles(feed: Feed, file: string, mode: ShardMode = 'auto', threshold = SHARD_THRESHOLD): WrittenFeed {
  const lean = compactResults(feed);
  const hasSuites = (lean.suites ?? []).length > 0;
  if (mode === 'always' && !hasSuites) throw new Error('--shards always: the feed has no suites to cut it by');
  const whole = withRuns(lean);
  const shard = mode === 'always' || (mode === 'auto' && hasSuites && jsonLength(whole, threshold) > threshold);
  const out = feedFiles(file);
  if (!shard) out.write(file, whole);
  else {
    const { index, shards } = splitFeed(lean, basename(file).replace(/\.json$/i, ''));
    out.write(file, withRuns(index));
    for (const { ref, shard } of shards) out.write(join(dirname(file), ref.url), withRuns(shard));
  }
  return out.done();
}

/**
 * The files of a feed written at `file`, the feed's own listed first; when done, the shards of
 * an earlier index there that this write did not make again are removed, so that no stale suite
 * lingers beside the feed.
 */
function feedFiles(file: string): { write(path: string, data: object): void; done(): WrittenFeed } {
  const earlier = earlierShards(file);
  const files: WrittenFeed['files'] = [];
  return {
    write(path, data) {
      const text = feedJson(data);
      writeFileSync(path, text);
      const entry = { path, bytes: Buffer.byteLength(text) };
      if (path === file) files.unshift(entry);
      else files.push(entry);
    },
    done() {
      const kept = new Set(files.map((f) => f.path));
      const removed = earlier.filter((p) => !kept.has(p) && existsSync(p));
      for (const p of removed) unlinkSync(p);
      return { files, removed };
    },
  };
}

/**
 * Up to this many times the shard threshold of results read, an import's feed is put together in
 * memory and written as any other; past it, it is past the threshold even at its leanest.
 */
const WHOLE_UP_TO = 8;

/**
 * Writes an import's feed from its results on disk (`spill`), the same files `writeFeedFiles`
 * writes of the whole feed: past a few megabytes, suite by suite, so that one suite's results
 * are in memory at a time. `check` sees each part before it is written (the whole feed, or each
 * suite's results with the index, then the index) and throws if it must not be written.
 */
export function writeImportedFeed(
  built: BuiltFeed,
  spill: SuiteSpill,
  file: string,
  mode: ShardMode,
  check: (part: Feed) => void,
  threshold = SHARD_THRESHOLD,
  /** Fit each suite's capability index and store it (in its shard), one suite in memory at a time. */
  storeIndex = false,
): WrittenFeed {
  const skeleton = built.feed;
  const read = (suites: Array<string | null>): Result[] => built.settle(suites.flatMap((suite) => spill.read(suite)));
  if (mode === 'never' || built.mixed || !skeleton.suites?.length || spill.length <= WHOLE_UP_TO * threshold) {
    const joined = { ...skeleton, results: read(spill.suites()) };
    const whole = storeIndex ? withStoredIndexes(joined) : joined;
    check(whole);
    return writeFeedFiles(whole, file, mode, threshold);
  }
  const out = feedFiles(file);
  const known = new Set(skeleton.suites.map((s) => s.id));
  const spilled = new Set(spill.suites());
  const urls = shardUrls(skeleton.suites.map((s) => s.id).filter((id) => spilled.has(id)), basename(file).replace(/\.json$/i, ''));
  // Each benchmark's shared fields are worked out with its suite's results (a benchmark is in one suite).
  const benchmarks = new Map(skeleton.benchmarks.map((b) => [b.id, b]));
  const lean = (results: Result[]) => {
    const part = compactResults({ ...skeleton, results });
    for (const b of part.benchmarks) if (b.result_fields) benchmarks.set(b.id, b);
    return part.results;
  };
  // Each shard has its models' cards; the index the cards no shard has and those its own results name.
  const inShards = new Set<Model>();
  const refs = [...urls].map(([suite, url]) => {
    const results = read([suite]);
    check({ ...skeleton, results });
    const stored = storeIndex ? fitSuiteIndex(buildHub({ ...skeleton, results }), suite) : null;
    const models = cardsNamed(skeleton.models, results);
    models.forEach((card) => inShards.add(card));
    out.write(join(dirname(file), url), withRuns({ version: skeleton.version, suite, models, results: lean(results), ...(stored ? { capability_index: stored } : {}) }));
    return shardRef(suite, url, results);
  });
  const unsharded = read([...spilled].filter((suite) => suite === null || !known.has(suite)));
  const ownResults = lean(unsharded);
  const index: Feed = {
    ...skeleton,
    models: cardsForIndex(skeleton.models, inShards, unsharded),
    benchmarks: skeleton.benchmarks.map((b) => benchmarks.get(b.id)!),
    results: ownResults,
    shards: refs,
    totals: { results: built.results, models: built.models },
  };
  check({ ...index, results: unsharded });
  out.write(file, withRuns(index));
  return out.done();
}

/** About the length of `feedJson(feed)`, counted row by row and stopping past `limit` (no whole text made). */
function jsonLength(feed: object, limit: number): number {
  let length = 0;
  for (const [key, value] of Object.entries(feed)) {
    if (!Array.isArray(value) || !ROW_LISTS.has(key)) length += JSON.stringify(value ?? null, null, 2).length;
    else for (const item of value) if ((length += JSON.stringify(item).length + 6) > limit) return length;
    if (length > limit) return length;
  }
  return length;
}

/** The shard files an index already at `file` lists (only plain names beside it are touched). */
function earlierShards(file: string): string[] {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Feed;
    return (data.shards ?? []).map((s) => s.url).filter((u) => typeof u === 'string' && /^[^/\\]+\.json$/.test(u)).map((u) => join(dirname(file), u));
  } catch {
    return [];
  }
}
