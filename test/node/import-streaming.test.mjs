// An import written to a file streams: each run's result goes to a temporary file of its suite as
// its file is read, and past a few megabytes the feed is written suite by suite, so that memory
// holds one suite's results at a time. The files are byte for byte those of the whole feed
// written at once. On the HAL datastore of ../shared/fixtures/suites and a generated one.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateFeed } from '../../dist/core/index.js';
import { importFiles, importFilesInto } from '../../dist/import/index.js';
import { SuiteSpill, writeFeedFiles, writeImportedFeed } from '../../dist/node/index.js';
import { writeDatastore } from '../../scripts/lib/generate-datastore.mjs';
import { filesUnder, SHARED } from './import-helper.mjs';

const HAL = join(SHARED, 'suites/every-eval-ever-hal');
const tmp = () => mkdtempSync(join(tmpdir(), 'fm-stream-'));
const contents = (dir) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

/** The files streamed and the files of the whole feed, with `threshold` as the shard size. */
function both(files, threshold, mode = 'auto') {
  const spill = new SuiteSpill();
  const streamed = tmp();
  const parts = [];
  try {
    const { built } = importFilesInto(files, spill);
    writeImportedFeed(built, spill, join(streamed, 'feed.json'), mode, (part) => parts.push(part), threshold);
  } finally {
    spill.close();
  }
  const whole = tmp();
  writeFeedFiles(importFiles(files).feed, join(whole, 'feed.json'), mode, threshold);
  return { streamed: contents(streamed), whole: contents(whole), parts };
}

describe('import streams its results suite by suite', () => {
  it('past the size, the index and each suite’s file are those of the whole feed, each part checked before it is written', () => {
    const { streamed, whole, parts } = both(filesUnder(HAL, HAL), 2000);
    assert.equal(Object.keys(streamed).length, 10, 'an index and nine shards');
    assert.deepEqual(streamed, whole);
    assert.equal(parts.length, 10, 'each suite with the index, then the index');
    assert.ok(parts.every((p) => validateFeed(p).valid));
    assert.deepEqual(parts.slice(0, 9).map((p) => new Set(p.results.map((r) => r.benchmark.split('/')[0])).size), Array(9).fill(1), 'one suite’s results at a time');
  });

  it('on a generated datastore of several scores per record, and written whole below the size', () => {
    const store = tmp();
    writeDatastore(store, { leaderboards: 4, models: 60, benchmarks: 5 });
    const files = filesUnder(store, store);
    const sharded = both(files, 5000);
    assert.equal(Object.keys(sharded.streamed).length, 5);
    assert.deepEqual(sharded.streamed, sharded.whole);
    const one = both(files, 50_000_000);
    assert.deepEqual(Object.keys(one.streamed), ['feed.json']);
    assert.deepEqual(one.streamed, one.whole);
    assert.equal(one.parts.length, 1, 'the whole feed checked once');
    assert.deepEqual(both(files, 5000, 'never').streamed, one.streamed, '--shards never: one file');
  });

  it('gives each suite’s results back in the order they came, however often they were appended to their files', () => {
    const spill = new SuiteSpill(200); // a few lines at a time
    const result = (i) => ({ id: `r${i}`, benchmark: `b${i % 3}`, model: 'm', metrics: { score: i / 100 } });
    try {
      for (let i = 0; i < 60; i++) spill.add(result(i), i % 3 === 0 ? null : `s${i % 3}`, i % 2 ? 'tag' : undefined);
      assert.deepEqual(spill.suites(), [null, 's1', 's2']);
      const ids = (suite) => spill.read(suite).map(({ result }) => result.id);
      assert.deepEqual(ids('s1'), Array.from({ length: 20 }, (_, k) => `r${3 * k + 1}`));
      assert.deepEqual(spill.read(null).map(({ tag }) => tag ?? null).slice(0, 2), [null, 'tag']);
      assert.equal(spill.readAll().length, 60);
      assert.deepEqual(spill.read('nothing'), []);
    } finally {
      spill.close();
    }
  });

  it('leaves no temporary file behind', () => {
    const spill = new SuiteSpill();
    importFilesInto(filesUnder(HAL, HAL), spill);
    assert.ok(spill.length > 0);
    const dir = spill.dir;
    spill.close();
    assert.equal(existsSync(dir), false);
  });
});
