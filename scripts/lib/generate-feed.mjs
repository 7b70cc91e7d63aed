import { seededRandom } from './random.mjs';

/**
 * A feed of realistic shape for benchmarks: the hub's metric mix (higher and lower is better),
 * about 2,000 results per benchmark and 20 per model, several runs per model, values rounded to
 * 3 decimals so ties occur, model ids in mixed case and by alias.
 */
export function generateFeed(resultCount, seed = 1) {
  const rand = seededRandom(seed);
  const benchmarkCount = Math.max(5, Math.round(resultCount / 2000));
  const modelCount = Math.max(10, Math.round(resultCount / 20));
  const metrics = {
    AUROC: { name: 'AUROC', direction: 'higher', range: { min: 0, max: 1 } },
    Accuracy: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } },
    'F1-Score': { name: 'F1', direction: 'higher', range: { min: 0, max: 1 } },
    MSE: { name: 'MSE', direction: 'lower', range: { min: 0, max: null } },
    hallucination_rate: { name: 'Hallucination rate', direction: 'lower', range: { min: 0, max: 1 } },
  };
  const primaries = ['AUROC', 'Accuracy', 'MSE', 'hallucination_rate'];
  const benchmarks = Array.from({ length: benchmarkCount }, (_, i) => ({
    id: `BM-${i}`,
    name: `Benchmark ${i}`,
    primary_metric: primaries[i % primaries.length],
    secondary_metrics: ['F1-Score', 'Accuracy'],
    targets: i % 3 === 0 ? { excellent: 0.9, good: 0.85 } : undefined,
  }));
  const models = Array.from({ length: modelCount }, (_, i) => ({ id: `model-${i}`, name: `Model ${i}`, aliases: [`M${i}`] }));
  const round = (x) => Math.round(x * 1000) / 1000;
  const results = Array.from({ length: resultCount }, (_, i) => {
    const b = benchmarks[Math.floor(rand() * benchmarkCount)];
    const m = Math.floor(rand() * modelCount);
    const spelling = rand() < 0.1 ? `MODEL-${m}` : rand() < 0.05 ? `M${m}` : `model-${m}`;
    const value = {
      AUROC: round(0.5 + rand() * 0.5),
      Accuracy: round(rand()),
      'F1-Score': round(rand()),
      MSE: round(rand() * 2),
      hallucination_rate: round(rand() * 0.3),
    };
    if (rand() < 0.01) value[b.primary_metric] = null;
    return { id: `run-${i}`, benchmark: b.id, model: spelling, date: '2025-11-27', metrics: value };
  });
  return { version: '1.0', metrics, benchmarks, models, results };
}

/** One benchmark with `rows` models, one run each: the table benchmarks' input. */
export function tableFeed(rows, seed = 2) {
  const rand = seededRandom(seed);
  const round = (x) => Math.round(x * 1e4) / 1e4;
  return {
    version: '1.0',
    metrics: {
      AUROC: { name: 'AUROC', direction: 'higher', range: { min: 0, max: 1 } },
      Accuracy: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } },
    },
    benchmarks: [{ id: 'b', name: 'Bench', primary_metric: 'AUROC', secondary_metrics: ['Accuracy'] }],
    models: Array.from({ length: rows }, (_, i) => ({ id: `m${i}`, name: `Model ${i}` })),
    results: Array.from({ length: rows }, (_, i) => ({ id: `r${i}`, benchmark: 'b', model: `m${i}`, date: '2025-11-27', metrics: { AUROC: round(0.5 + rand() * 0.5), Accuracy: round(rand()) } })),
  };
}

/**
 * A public leaderboard's shape (the Open LLM Leaderboard's): `models` models on 6 benchmarks, one
 * run each plus 10 % reruns, every value with a standard error. 4,500 models give about 29,700
 * results.
 */
export function leaderboardFeed(models, seed = 3) {
  const rand = seededRandom(seed);
  const round = (x) => Math.round(x * 1e4) / 1e4;
  const names = ['IFEval', 'BBH', 'MATH Lvl 5', 'GPQA', 'MuSR', 'MMLU-PRO'];
  const benchmarks = names.map((name, i) => ({ id: `B${i}`, name, modality: i < 3 ? 'Reasoning' : 'Knowledge', task: 'Generation', primary_metric: 'acc', secondary_metrics: ['acc_norm'] }));
  const results = [];
  for (let m = 0; m < models; m++) {
    const skill = rand();
    for (const b of benchmarks) {
      const runs = rand() < 0.1 ? 2 : 1;
      for (let k = 0; k < runs; k++) {
        const acc = round(Math.min(1, Math.max(0, skill * 0.7 + rand() * 0.3)));
        results.push({ id: `r${results.length}`, benchmark: b.id, model: `org-${m % 300}/model-${m}`, date: '2025-11-27', metrics: { acc: { value: acc, se: round(0.005 + rand() * 0.01) }, acc_norm: round(acc * 0.95) } });
      }
    }
  }
  return {
    version: '1.0',
    title: 'Public leaderboard',
    metrics: { acc: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } }, acc_norm: { name: 'Accuracy (normalised)', direction: 'higher', range: { min: 0, max: 1 } } },
    benchmarks,
    models: Array.from({ length: models }, (_, m) => ({ id: `org-${m % 300}/model-${m}`, name: `Model ${m}` })),
    results,
  };
}
