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
