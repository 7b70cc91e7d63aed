// An Every Eval Ever datastore of many leaderboards, generated for the benchmarks: one folder per
// leaderboard, one record per (model, leaderboard) in `<leaderboard>/<developer>/<model>/<uuid>.json`,
// each record with the leaderboard's benchmarks as its evaluation results, in the shape of the
// real records (source metadata, model info, metric config with its range, score details).
// Deterministic for a given seed. Used by `npm run bench` (scripts/bench-feeds.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from './random.mjs';

/**
 * Writes the datastore under `dir` and returns its counts. `models` models per leaderboard, drawn
 * from a pool of `pool` models shared by every leaderboard (so that some models appear in several).
 */
export function writeDatastore(dir, { leaderboards, models, benchmarks, pool = leaderboards * models, seed = 7 }) {
  const next = seededRandom(seed);
  const hex = (n) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  let records = 0;
  let scores = 0;
  const seen = new Set();
  for (let l = 0; l < leaderboards; l++) {
    const board = `board-${String(l).padStart(2, '0')}`;
    const name = `Generated Leaderboard — Board ${l}`;
    const names = Array.from({ length: benchmarks }, (_, b) => `Task ${b}`);
    // Each leaderboard's benchmarks have a difficulty; each model an ability.
    const difficulty = names.map(() => next() * 2 - 1);
    const start = Math.floor(next() * pool);
    for (let m = 0; m < models; m++) {
      const k = (start + m * 7) % pool;
      seen.add(k);
      const developer = `org-${k % 97}`;
      const id = `${developer}/model-${k}`;
      const ability = Math.sin(k * 12.9898) * 1.5;
      const results = names.map((evaluation_name, b) => {
        const score = 1 / (1 + Math.exp(-(ability - difficulty[b] + (next() - 0.5) * 0.6)));
        return {
          evaluation_name,
          source_data: { source_type: 'url', dataset_name: `${board}-task-${b}`, url: [`https://example.org/${board}/task-${b}`] },
          metric_config: { evaluation_description: `Accuracy on task ${b} of ${name} (0.0–1.0)`, lower_is_better: false, score_type: 'continuous', min_score: 0, max_score: 1 },
          score_details: { score: Math.round(score * 1e4) / 1e4 },
        };
      });
      const record = {
        schema_version: '0.2.2',
        evaluation_id: `${board}/${id}/${1700000000 + l}`,
        retrieved_timestamp: `${1777000000 + l}.0`,
        source_metadata: {
          source_name: name,
          source_type: 'documentation',
          source_organization_name: `Lab ${l % 5}`,
          source_organization_url: `https://lab-${l % 5}.example.org`,
          evaluator_relationship: l % 4 === 0 ? 'first_party' : 'third_party',
        },
        eval_library: { name: 'generated', version: '1.0' },
        model_info: { name: `Model ${k}`, id, developer },
        evaluation_results: results,
      };
      const folder = join(dir, board, developer, `model-${k}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${uuid()}.json`), JSON.stringify(record, null, 2));
      records++;
      scores += results.length;
    }
  }
  return { records, scores, models: seen.size };
}
