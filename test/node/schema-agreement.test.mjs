// The published JSON Schema and validateFeed() describe one format. ajv (a dev dependency only)
// checks the schema side; seeded random mutations of real feeds must get the same verdict from
// both, except for the rules a schema cannot express, which only validateFeed() enforces.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { loadFeed, validateFeed } from '../../dist/core/index.js';
import { seededRandom as random } from '../../scripts/lib/random.mjs';

const schema = JSON.parse(readFileSync(new URL('../../schema/fm-leaderboard-feed.schema.json', import.meta.url)));
const minimal = JSON.parse(readFileSync(new URL('../../demo/data/minimal.feed.json', import.meta.url)));
const validateWithSchema = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

// Messages of checks that JSON Schema cannot state (uniqueness, order, cross-references).
const SEMANTIC = [/duplicate /, /must be (below|above) /, /tiers go from best to worst/, /must contain the value/, /unknown tier/, /but the probe's grid has/, /min \(.*\) is above max/, /unsupported feed version/, /must list at least one tier/];

function paths(value, prefix = []) {
  if (value === null || typeof value !== 'object') return [prefix];
  return [prefix, ...Object.keys(value).flatMap((k) => paths(value[k], [...prefix, k]))];
}

const REPLACEMENTS = [undefined, null, 'x', '', '0.9', 1, -1, 0.5, true, [], {}, [1, 2], { value: 1 }];

function mutate(feed, rand) {
  const copy = structuredClone(feed);
  const all = paths(copy).filter((p) => p.length > 0);
  const path = all[Math.floor(rand() * all.length)];
  const replacement = REPLACEMENTS[Math.floor(rand() * REPLACEMENTS.length)];
  const parent = path.slice(0, -1).reduce((o, k) => o[k], copy);
  const key = path[path.length - 1];
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else parent[key] = structuredClone(replacement);
  return { copy, path: '/' + path.join('/'), replacement };
}

describe('the JSON Schema and validateFeed()', () => {
  it('both accept the minimal hand-written feed', () => {
    assert.equal(validateWithSchema(minimal), true, JSON.stringify(validateWithSchema.errors));
    assert.equal(validateFeed(minimal).valid, true);
  });

  it('both reject an unknown major version', () => {
    const feed = { ...minimal, version: '2.0' };
    assert.equal(validateWithSchema(feed), false);
    assert.equal(validateFeed(feed).valid, false);
  });

  it('agree on 3,000 random single-field mutations of the minimal feed', () => agreeOnMutations(minimal, 20261123));

  it('agree on 3,000 mutations of the same feed with results written by run', () => {
    const [first, second, third] = minimal.results;
    const { id: _, benchmark, metrics, ...shared } = second;
    const byRun = {
      ...minimal,
      results: [first],
      runs: [
        { id: 'runs/a', ...shared, results: [{ id: 'x', benchmark, metrics }] },
        { results: [third] },
      ],
    };
    assert.equal(validateWithSchema(byRun), true, JSON.stringify(validateWithSchema.errors));
    assert.deepEqual(loadFeed(byRun).feed.results, [first, { ...second, id: 'runs/a/x' }, third]);
    agreeOnMutations(byRun, 20261206);
  });

  function agreeOnMutations(feed, seed) {
    const rand = random(seed);
    let rejectedByBoth = 0;
    for (let i = 0; i < 3000; i++) {
      const { copy, path, replacement } = mutate(feed, rand);
      const bySchema = validateWithSchema(copy);
      const report = validateFeed(copy);
      const what = `${path} := ${JSON.stringify(replacement)}`;
      // Whatever the schema rejects, the validator rejects too.
      if (!bySchema) assert.equal(report.valid, false, `schema rejects but validateFeed accepts: ${what}`);
      // What only the validator rejects must be a rule the schema cannot express.
      if (bySchema && !report.valid) {
        for (const e of report.errors) {
          assert.ok(SEMANTIC.some((re) => re.test(e.message)), `validateFeed rejects what the schema accepts: ${what}: ${e.path}: ${e.message}`);
        }
      }
      if (!bySchema && !report.valid) rejectedByBoth++;
    }
    assert.ok(rejectedByBoth > 500, `only ${rejectedByBoth} mutations were invalid; the test would prove little`);
  }
});
