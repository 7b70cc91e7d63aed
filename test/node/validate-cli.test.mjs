// `fm-leaderboard validate`: every problem with its JSON Pointer; exit 1 on an error.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli } from './cli-helper.mjs';

const MINIMAL = new URL('../../demo/data/minimal.feed.json', import.meta.url).pathname;
const BIN = new URL('../../dist/cli/bin.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'fm-validate-'));
const write = (name, text) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const minimal = () => JSON.parse(readFileSync(MINIMAL, 'utf8'));

describe('validate', () => {
  it('exits 0 on a valid feed, with a one-line summary', () => {
    const run = cli('validate', MINIMAL);
    assert.equal(run.code, 0);
    assert.equal(run.out, `${MINIMAL}: valid: 1 benchmarks, 3 models, 3 results, 0 warnings`);
  });

  it('exits 1 on a broken feed and prints every problem with its path', () => {
    const feed = minimal();
    feed.results[1].metrics.AUROC = '0.9';
    delete feed.benchmarks[0].name;
    const run = cli('validate', write('broken.json', JSON.stringify(feed)));
    assert.equal(run.code, 1);
    const lines = run.out.split('\n');
    assert.ok(lines.includes('error /results/1/metrics/AUROC: expected a number, null or {"value": …}, got "0.9"'), run.out);
    assert.ok(lines.includes('error /benchmarks/0/name: is required'), run.out);
    assert.match(lines.at(-1), /broken\.json: invalid: 2 errors, 0 warnings$/);
  });

  it('passes warnings, unless --strict', () => {
    const feed = minimal();
    feed.results[0].benchmark = 'elsewhere';
    const file = write('warned.json', JSON.stringify(feed));
    assert.equal(cli('validate', file).code, 0);
    const strict = cli('validate', '--strict', file);
    assert.equal(strict.code, 1);
    assert.match(strict.out, /^warning \/results\/0\/benchmark: unknown benchmark "elsewhere"/m);
  });

  it('names the line and column of a JSON syntax error', () => {
    const run = cli('validate', write('syntax.json', '{\n  "version": "1.0",\n  "results": [,]\n}'));
    assert.equal(run.code, 2);
    assert.match(run.err, /syntax\.json: not valid JSON at line 3, column 15: unexpected ","$/);
  });

  it('accepts a UTF-8 byte order mark; says so of an empty file', () => {
    assert.equal(cli('validate', write('bom.json', '\uFEFF' + readFileSync(MINIMAL, 'utf8'))).code, 0);
    const empty = cli('validate', write('empty.json', ''));
    assert.equal(empty.code, 2);
    assert.match(empty.err, /empty\.json: the feed is empty/);
  });

  it('runs as the installed binary, with the exit code and output on the right streams', () => {
    const feed = minimal();
    feed.version = '2.0';
    const run = spawnSync(process.execPath, [BIN, 'validate', write('v2.json', JSON.stringify(feed))], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^error \/version: unsupported feed version "2\.0": this reader understands version 1\.x$/m);
    const ok = spawnSync(process.execPath, [BIN, 'validate', MINIMAL], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
  });
});
