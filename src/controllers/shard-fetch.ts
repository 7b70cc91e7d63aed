// One suite's shard of a sharded feed, fetched and checked against its index: for the hub's
// suite view (elements/leaderboard/shard-loader.ts) and for an element of one benchmark given the
// index's `src` (ranking-controller.ts, which loads this module when it needs it). Resolved
// against the index's URL, fetched only over http(s) from the index's own origin.
import { en, type Messages } from '../i18n/messages.js';
import { buildHub, formatProblem, readShard, unionCards, type Feed, type Hub, type Model, type Problem, type Result, type ShardRef, type StoredIndex } from '../core/index.js';
import { fetchJson, nextTask, type FeedState } from './feed-controller.js';

export type ShardState =
  | { status: 'loading' }
  | { status: 'ready'; results: Result[]; models: Model[]; problems: Problem[]; capabilityIndex?: StoredIndex }
  | Extract<FeedState, { status: 'error' }>;

const SHOWN_PROBLEMS = 5;

export async function fetchShard(index: Feed, ref: ShardRef, baseUrl: string, maxBytes: number): Promise<ShardState> {
  let url: URL;
  try {
    url = new URL(ref.url, baseUrl);
  } catch {
    return failed(ref, (t) => [t.notAUrl(ref.url)]);
  }
  const base = new URL(baseUrl);
  if (!/^https?:$/.test(url.protocol) || url.origin !== base.origin) {
    return failed(ref, (t) => [t.otherOrigin(url.origin, base.origin)]);
  }
  const fetched = await fetchJson(ref.url, url.href, maxBytes);
  if (!fetched.ok) return fetched.state;
  await nextTask(); // parsed in one task, checked in the next
  const reading = readShard(index, ref, fetched.data);
  const errors = reading.problems.filter((p) => p.severity === 'error');
  if (reading.results.length === 0 && errors.length > 0) return failed(ref, () => errors.slice(0, SHOWN_PROBLEMS).map(formatProblem));
  for (const p of reading.problems) console.warn(`fm-leaderboard: ${formatProblem(p)}`);
  return { status: 'ready', results: reading.results, models: reading.models, problems: reading.problems, ...(reading.capabilityIndex ? { capabilityIndex: reading.capabilityIndex } : {}) };
}

/** The index's hub with a shard's results (and their models' cards) joined: what the feed in one file would give for that suite. */
export function joinedHub(index: Hub, shard: { results: readonly Result[]; models: readonly Model[] }): Hub {
  return buildHub({ ...index.feed, shards: undefined, totals: undefined, models: unionCards(index.feed.models, shard.models), results: [...index.feed.results, ...shard.results] });
}

/** A shard that cannot be used, said in English and in the reader's language (its problems name the file's fields as they are). */
function failed(ref: ShardRef, details: (t: Messages) => string[]): ShardState {
  const words = (t: Messages) => ({ title: t.shardUnusable(ref.url), details: details(t) });
  return { status: 'error', ...words(en), words };
}
