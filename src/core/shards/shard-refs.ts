// What an index says of its shards, checked by the validator: each a suite of the feed, once,
// at a URL relative to the index (shards.ts reads and writes them).
import { checkArray, checkNumber, checkObject, checkString, isObject } from '../feed/checks.js';
import { pointer, type ProblemList } from '../feed/problems.js';

/** A relative reference: no scheme (`https:`, `javascript:`) and no other host (`//host`). */
export function isRelativeReference(url: string): boolean {
  return !/^([a-z][a-z\d+.-]*:|[\\/]{2})|[\0-\x1f]/i.test(url);
}

const COUNTS = ['results', 'models'];

/** Checks an index's `shards` and `totals` (run by the validator). */
export function checkShardRefs(problems: ProblemList, feed: Record<string, unknown>): void {
  if (feed.totals !== undefined && checkObject(problems, feed.totals, '/totals')) {
    for (const key of COUNTS) checkNumber(problems, feed.totals, key, '/totals', { min: 0 });
  }
  if (feed.shards === undefined || !checkArray(problems, feed.shards, '/shards')) return;
  const suites = new Set(Array.isArray(feed.suites) ? feed.suites.filter(isObject).map((s) => s.id) : []);
  const seen = new Set<unknown>();
  feed.shards.forEach((ref, i) => {
    const at = pointer('/shards', i);
    if (!checkObject(problems, ref, at)) return;
    if (checkString(problems, ref, 'suite', at, { required: true }) && (seen.has(ref.suite) || !suites.has(ref.suite))) {
      problems.error(pointer(at, 'suite'), seen.has(ref.suite) ? 'has a shard already' : `no suite "${ref.suite as string}" in this feed`);
    }
    seen.add(ref.suite);
    if (checkString(problems, ref, 'url', at, { required: true }) && !isRelativeReference(ref.url as string)) {
      problems.error(pointer(at, 'url'), `must be relative to this file (no scheme, no other host), got ${JSON.stringify(ref.url)}`);
    }
    for (const key of COUNTS) checkNumber(problems, ref, key, at, { min: 0 });
  });
}
