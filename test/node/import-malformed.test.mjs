// `import` on broken variants of every format's real files: cut short, emptied, every field given
// the wrong type, huge. Each must end in results or a warning naming the file, the feed must
// validate, and nothing may throw.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { zipSync } from 'fflate';
import { validateFeed } from '../../dist/core/index.js';
import { importFiles } from '../../dist/import/index.js';
import { CARDS, FORMATS, formatFile } from './import-helper.mjs';

const JSON_FIXTURES = [
  'lm-eval/results_2026-01-21T03-44-18.458309.json',
  'lm-eval/arc_easy-v0-res.json',
  'inspect/log_formats.json',
  'inspect/2024-11-05T13-31-45-05-00_input-task_8zXjbRzCWrL9GXiXo2vus9.json',
  'every-eval-ever/676f4465-ce78-411a-9f5a-c97b3d2eac4f.json',
  'every-eval-ever/f3a1c0de-4b2e-4c1a-9f6d-1b7e5a2c8d40.json',
];
const TEXT_FIXTURES = [
  ['README.md', readFileSync(join(CARDS, 'acme-speech-small/README.md'), 'utf8')],
  ['m/.eval_results/hle.yaml', readFileSync(join(CARDS, 'acme-speech-small/.eval_results/hle_with_tools.yaml'), 'utf8')],
];
const WRONG = [null, 'x', '', -1, 0, 1e308, true, [], {}, [null], { value: 'x' }, 'N/A', '1e999'];

/** Imports the files; checks the outcome is a valid feed that accounts for every file. */
function check(files, options) {
  let outcome;
  assert.doesNotThrow(() => (outcome = importFiles(files, options)));
  const { feed, files: reports } = outcome;
  const report = validateFeed(feed);
  assert.ok(report.valid, JSON.stringify(report.errors.slice(0, 3)));
  for (const r of reports) {
    const named = feed.warnings.some((w) => w.source === r.path || w.source.startsWith(`${r.path} (`));
    assert.ok(r.results > 0 || named, `${r.path}: no results and no warning`);
  }
  return feed;
}

/** Every path in a JSON value (objects and arrays), up to `limit`. */
function paths(value, limit = 400) {
  const out = [];
  const walk = (v, path) => {
    if (out.length >= limit) return;
    out.push(path);
    if (v && typeof v === 'object') for (const k of Object.keys(v)) walk(v[k], [...path, k]);
  };
  walk(value, []);
  return out;
}

function setAt(value, path, replacement) {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value);
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k];
  node[path.at(-1)] = replacement;
  return copy;
}

describe('import: broken files end in a warning that names them, never an exception', () => {
  it('truncated files: every format, at ten cut points', () => {
    for (const name of JSON_FIXTURES) {
      const text = readFileSync(join(FORMATS, name), 'utf8');
      for (let i = 1; i <= 10; i++) {
        const cut = Math.floor((text.length * i) / 11);
        const feed = check([{ path: 'cut.json', content: text.slice(0, cut) }]);
        assert.equal(feed.results.length, 0);
        assert.match(feed.warnings[0].message, /^skipped: not valid JSON at line \d+, column \d+: /);
      }
    }
    const archive = formatFile('inspect/log_formats.eval').content;
    for (const cut of [10, 100, 1000, archive.length - 100]) {
      const feed = check([{ path: 'cut.eval', content: archive.subarray(0, cut) }]);
      assert.equal(feed.results.length, 0);
      assert.match(feed.warnings[0].message, /^skipped: a zip archive/);
    }
    for (const [path, text] of TEXT_FIXTURES) for (let i = 1; i < 6; i++) check([{ path, content: text.slice(0, Math.floor((text.length * i) / 6)) }]);
  });

  it('empty, blank, binary and unknown files', () => {
    const feed = check([
      { path: 'empty.json', content: new Uint8Array() },
      { path: 'blank.json', content: '  \n\t ' },
      { path: 'bom.json', content: '\ufeff' },
      { path: 'binary.bin', content: new Uint8Array([0, 1, 2, 255, 254, 0]) },
      { path: 'array.json', content: '[1, 2, 3]' },
      { path: 'null.json', content: 'null' },
      { path: 'object.json', content: '{"hello": "world"}' },
      { path: 'notes.txt', content: 'results: nothing yet' },
      { path: 'zip.zip', content: zipSync({ 'other.json': new Uint8Array([123, 125]) }) },
    ]);
    assert.deepEqual(Object.fromEntries(feed.warnings.map((w) => [w.source, w.message])), {
      'array.json': 'skipped: JSON that is not an object, in no known format',
      'binary.bin': 'skipped: a binary file in no known format',
      'blank.json': 'skipped: the file is empty',
      'bom.json': 'skipped: the file is empty',
      'empty.json': 'skipped: the file is empty',
      'notes.txt': 'skipped: in no known format',
      'null.json': 'skipped: in no known format',
      'object.json': 'skipped: JSON in no known format',
      'zip.zip': 'skipped: a zip archive without header.json (an Inspect .eval log that did not finish, or not one)',
    });
  });

  it('every field of every JSON format given each wrong type', () => {
    let variants = 0;
    for (const name of JSON_FIXTURES) {
      const data = JSON.parse(readFileSync(join(FORMATS, name), 'utf8'));
      const files = [];
      for (const path of paths(data, 250)) {
        for (const wrong of WRONG) files.push({ path: `${name}/${path.join('.')}=${JSON.stringify(wrong)}.json`, content: JSON.stringify(setAt(data, path, wrong)) });
      }
      variants += files.length;
      check(files);
    }
    assert.ok(variants > 5000, `${variants} variants`);
  });

  it('model cards and .eval_results with wrong types', () => {
    const files = [];
    const card = (frontMatter) => `---\n${frontMatter}\n---\n# card\n`;
    for (const wrong of ['null', '"x"', '5', '[]', '{}', '[null]', '[{name: 3}]', '[{name: m, results: 5}]', '[{name: m, results: [5]}]', '[{name: m, results: [{dataset: {type: d}, metrics: {a: 1}}]}]']) {
      files.push({ path: `cards/${files.length}/README.md`, content: card(`model-index: ${wrong}`) });
    }
    files.push({ path: 'cards/bad-yaml/README.md', content: card('model-index: [unclosed') });
    files.push({ path: 'cards/no-end/README.md', content: '---\nmodel-index: []\n' });
    for (const wrong of ['- {dataset: 5, value: 1}', '- {dataset: {id: 7}, value: 1}', '- {dataset: {id: d}, value: [1]}', '- {dataset: {id: d}, value: 1, date: 5}', '- {dataset: {}, value: 1}']) {
      files.push({ path: `m${files.length}/.eval_results/x.yaml`, content: wrong });
    }
    const feed = check(files, { format: undefined });
    assert.ok(feed.warnings.some((w) => w.source === 'cards/bad-yaml/README.md' && w.message.startsWith('skipped: front matter that is not valid YAML')));
    assert.ok(feed.warnings.some((w) => w.source === 'cards/no-end/README.md' && w.message === 'skipped: front matter that never ends (no closing ---)'));
  });

  it('a forced format on files of another format warns instead of guessing', () => {
    const files = JSON_FIXTURES.map((name) => formatFile(name));
    for (const format of ['lm-eval', 'inspect', 'eee', 'model-index']) check(files, { format });
    const feed = check([formatFile('inspect/log_formats.json')], { format: 'eee' });
    assert.deepEqual(feed.warnings.map((w) => w.message), ['skipped: not an Every Eval Ever record (no evaluation_results list)']);
  });

  it('huge inputs: a 20 MB string, 50,000 tasks, 100,000-deep nesting, 10,000 JSON Lines', () => {
    const base = JSON.parse(readFileSync(join(FORMATS, 'lm-eval/results_2026-01-21T03-44-18.458309.json'), 'utf8'));
    const longName = check([{ path: 'long.json', content: JSON.stringify({ ...base, model_name: 'm'.repeat(20_000_000) }) }]);
    assert.equal(longName.results.length, 2);
    const results = {};
    for (let i = 0; i < 50_000; i++) results[`task_${i}`] = { 'acc,none': i / 50_000, 'acc_stderr,none': 0.01 };
    const many = check([{ path: 'many.json', content: JSON.stringify({ results, versions: {}, model_name: 'm', date: 1700000000 }) }]);
    assert.equal(many.results.length, 50_000);
    const deep = check([{ path: 'deep.json', content: '['.repeat(100_000) + ']'.repeat(100_000) }]);
    assert.equal(deep.results.length, 0);
    const record = (i) => JSON.stringify({ schema_version: '0.2.2', evaluation_id: `e${i}`, model_info: { id: `m${i}` }, evaluation_results: [{ evaluation_name: 'b', metric_config: { lower_is_better: false }, score_details: { score: i } }] });
    const lines = check([{ path: 'big.jsonl', content: Array.from({ length: 10_000 }, (_, i) => record(i)).join('\n') }]);
    assert.equal(lines.results.length, 10_000);
  });
});
