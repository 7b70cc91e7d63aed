// A feed file from disk, every shard it lists read from beside it and joined, checked as the
// element checks what it fetches. Bad content never throws: it comes back as problems that name
// the file (a shard missing, cut short or not JSON; a result that disagrees with its index).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadFeed, parseFeedText, type Feed, type LoadedFeed, type Problem } from '../core/index.js';
import { joinShards, problemInShard } from '../core/shards/shards.js';

export interface ReadFeed extends LoadedFeed {
  /** The files read: the feed's own, then each shard's, as the index names them. */
  files: string[];
}

/** What `loadFeed` returns for the one-file feed, every shard joined; `problems` name their file. */
export function readFeed(file: string): ReadFeed {
  const index = readJson(file, file);
  if (!index.ok) return { feed: null, problems: [index.problem], dropped: [], files: [file] };
  const loaded = loadFeed(index.data);
  if (!loaded.feed?.shards) return { ...loaded, files: [file] };

  const refs = loaded.feed.shards;
  const read = refs.map((ref) => ({ ref, read: readJson(resolve(dirname(file), ref.url), ref.url) }));
  const joined = joinShards(
    loaded.feed,
    read.map(({ ref, read }) => ({ ref, data: read.ok ? read.data : undefined })),
  );
  const whole = loadFeed(joined.feed);
  const problems = dedupe([
    ...loaded.problems,
    ...read.flatMap(({ read }) => (read.ok ? [] : [read.problem])),
    ...joined.problems,
    // The joined feed's own problems past the index (ids used in two shards), told in their file.
    ...whole.problems.filter((p) => !loaded.problems.some((q) => q.path === p.path && q.message === p.message)).map((p) => problemInShard(p, joined.origins)),
  ]);
  return {
    feed: whole.feed,
    problems,
    dropped: [...loaded.dropped, ...whole.dropped.filter((d) => d.index >= loaded.feed!.results.length)],
    files: [file, ...refs.map((r) => resolve(dirname(file), r.url))],
  };
}

type Read = { ok: true; data: unknown } | { ok: false; problem: Problem };

function readJson(path: string, name: string): Read {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(name, code === 'ENOENT' ? 'the file is missing' : `could not be read (${code ?? (error as Error).message})`);
  }
  const parsed = parseFeedText(text);
  return parsed.ok ? { ok: true, data: parsed.data } : fail(name, parsed.message);
}

function fail(file: string, message: string): Read {
  return { ok: false, problem: { file, path: '', message, severity: 'error' } };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.severity} ${p.file ?? ''} ${p.path} ${p.message}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

export type { Feed };
