// Bad feeds fail loudly and locally: thousands of malformed variants of the real feed. The
// parser and validator never throw, every error names an existing place by JSON Pointer (the
// mutated field or a neighbour), and whatever loadFeed keeps still ranks.
// FM_FUZZ_COUNT sets the number of cases (npm run fuzz runs 100,000).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bestScorePerModel, buildHub, loadFeed, meanRanks, parseFeedText, rankAll, validateFeed } from '../../dist/core/index.js';
import { KINDS, malformedFeeds } from '../../scripts/lib/malform.mjs';

const COUNT = Number(process.env.FM_FUZZ_COUNT ?? 10_000);
const feed = JSON.parse(readFileSync(new URL('../../demo/data/hub.feed.json', import.meta.url), 'utf8'));

const unescape = (token) => token.replace(/~1/g, '/').replace(/~0/g, '~');

/** True when the pointer names a value in `data`, or a missing key of an existing object. */
function resolves(data, pointer) {
  if (pointer === '') return true;
  const tokens = pointer.split('/').slice(1).map(unescape);
  let node = data;
  for (const [i, token] of tokens.entries()) {
    if (node === null || typeof node !== 'object') return false;
    if (!(token in node)) return i === tokens.length - 1;
    node = node[token];
  }
  return true;
}

/** The error path is the mutated path, inside it, above it, or a near neighbour (same grandparent). */
function related(error, mutated) {
  if (error === mutated || error.startsWith(`${mutated}/`) || mutated.startsWith(`${error}/`)) return true;
  const a = error.split('/');
  const b = mutated.split('/');
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= Math.max(2, b.length - 2);
}

describe(`${COUNT.toLocaleString('en')} malformed feeds`, () => {
  it('the parser and validator never throw; every problem resolves; errors name the mutated field; what loads ranks', () => {
    const seen = Object.fromEntries(KINDS.map((k) => [k, { cases: 0, rejected: 0 }]));
    for (const c of malformedFeeds(feed, COUNT, 20261123)) {
      seen[c.kind].cases++;
      let data = c.data;
      if (c.kind === 'text') {
        const parsed = parseFeedText(c.text);
        if (!parsed.ok) {
          assert.match(parsed.message, /^(the feed is empty|not valid JSON at line \d+, column \d+: .+)$/, JSON.stringify(c.text.slice(0, 80)));
          seen.text.rejected++;
          continue;
        }
        data = parsed.data;
      }
      const report = validateFeed(data);
      for (const p of report.problems) assert.ok(resolves(data, p.path), `${c.kind} ${c.path}: ${p.path} does not resolve`);
      if (!report.valid) {
        seen[c.kind].rejected++;
        // A renamed id is itself valid; the errors then rightly name the references that broke.
        const renamedId = c.path.endsWith('/id') && typeof c.path.split('/').slice(1).reduce((o, k) => o?.[k], data) === 'string';
        const named = report.errors.some((e) => related(e.path, c.path) || (c.kind === 'duplicate-id' && e.message.startsWith('duplicate')));
        // A removed item that others refer to (a tier the targets name): the errors name those references.
        const removed = c.kind === 'missing' ? c.path.split('/').slice(1).reduce((o, k) => o?.[unescape(k)], feed) : undefined;
        const referenced = typeof removed?.id === 'string' && report.errors.some((e) => e.message.includes(`"${removed.id}"`));
        assert.ok(named || renamedId || referenced || c.kind === 'text', `${c.kind} at ${c.path}: no error names it (${report.errors.map((e) => e.path).join(', ')})`);
      }
      const loaded = loadFeed(data);
      if (loaded.feed) {
        const rankings = rankAll(buildHub(loaded.feed));
        bestScorePerModel(rankings);
        meanRanks(rankings);
      }
    }
    // The fuzzer must actually produce bad feeds of every kind (a fuzzer that makes none proves nothing).
    for (const [kind, s] of Object.entries(seen)) {
      if (kind !== 'unknown-reference' && kind !== 'extreme-number') assert.ok(s.rejected > 0, `no ${kind} case was rejected`);
    }
    console.log(`fuzz: ${JSON.stringify(seen)}`);
  });
});
