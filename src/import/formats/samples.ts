// Per-item score files, read as a whole (JSON Lines, one item per line) into item batches:
// - lm-evaluation-harness `samples_<task>_<date>.jsonl` (written with --log_samples) beside its
//   `results_<date>.json`: each line has `doc_id`, `filter`, `metrics` (the names) and each named
//   metric's value for that document. Only its name says the task and the run it belongs to.
// - Every Eval Ever instance-level `*_samples.jsonl`: each line has `evaluation_id` (the aggregate
//   record's), `evaluation_name`, `sample_id` (or `sample_hash`) and `evaluation.score`.
import { describeValue, isFiniteNumber, isRecord, text, type ConversionLog } from '../log.js';
import type { ItemBatch, ItemScores } from '../item-scores.js';
import { metricId } from '../values.js';

export function looksLikeLmEvalSample(data: Record<string, unknown>): boolean {
  return 'doc_id' in data && typeof data.filter === 'string' && Array.isArray(data.metrics);
}

export function looksLikeEeeSample(data: Record<string, unknown>): boolean {
  return typeof data.evaluation_id === 'string' && ('sample_id' in data || 'sample_hash' in data) && isRecord(data.evaluation);
}

const STAMP = String.raw`\d{4}-\d{2}-\d{2}T[\d-]+(?:\.\d+)?`;

/** The key under which a results file's task run and its samples file meet: folder, date, task. */
export function lmEvalJoin(resultsPath: string, task: string): string | undefined {
  const match = new RegExp(`^(.*?)(?:^|/)results_(${STAMP})\\.json$`).exec(resultsPath);
  return match ? `lm-eval:${match[1]}|${match[2]}|${task}` : undefined;
}

/**
 * Each item's cluster: the value of `field` in what `read` gives for its line (a string or a
 * number); an item without one is its own cluster, said once per file.
 */
export class ClusterReader {
  readonly clusters = new Map<string, string>();
  #missing = 0;

  constructor(private readonly field: string | undefined) {}

  read(item: string, holder: unknown): void {
    if (this.field === undefined) return;
    const value = isRecord(holder) ? holder[this.field] : undefined;
    if (typeof value === 'string' || isFiniteNumber(value)) this.clusters.set(item, String(value));
    else this.#missing++;
  }

  /** The clusters for a batch (undefined without --cluster), having said what had none. */
  finish(path: string, items: number, log: ConversionLog): Map<string, string> | undefined {
    if (this.field === undefined) return undefined;
    if (this.#missing > 0) log.warn(path, `${this.#missing} of ${items} items have no ${this.field}; each of those is a cluster of its own`);
    return this.clusters;
  }
}

/** A samples file's lines → one batch per metric and filter (a number per document). */
export function readLmEvalSamples(records: unknown[], path: string, log: ConversionLog, cluster?: string): ItemBatch[] {
  const match = new RegExp(`^(.*?)(?:^|/)samples_(.+)_(${STAMP})\\.jsonl$`).exec(path);
  if (!match) {
    log.warn(path, 'skipped: lm-eval per-item scores, but the file name does not say their task and run (samples_<task>_<date>.jsonl, beside results_<date>.json)');
    return [];
  }
  const join = `lm-eval:${match[1]}|${match[3]}|${match[2]}`;
  const batches = new Map<string, ItemScores>();
  const notNumbers = new Set<string>();
  const clusters = new ClusterReader(cluster);
  records.forEach((line, i) => {
    if (!isRecord(line) || !Array.isArray(line.metrics)) return;
    const doc = line.doc_id;
    if (typeof doc !== 'string' && !isFiniteNumber(doc)) {
      log.once(`samples doc ${path}`, path, `line ${i + 1}: doc_id ${describeValue(doc ?? null)} is not an id; such lines are left out`);
      return;
    }
    clusters.read(String(doc), line.doc);
    for (const name of line.metrics) {
      if (typeof name !== 'string') continue;
      const id = metricId(name, text(line.filter));
      const value = typeof line[name] === 'boolean' ? Number(line[name]) : line[name];
      if (!isFiniteNumber(value)) {
        notNumbers.add(id);
        continue;
      }
      let items = batches.get(id);
      if (!items) batches.set(id, (items = new Map()));
      items.set(String(doc), value);
    }
  });
  for (const id of notNumbers) {
    log.warn(path, `per-item values of ${id} are not numbers (a metric computed over the whole set, not per item); not used`);
    batches.delete(id);
  }
  const docs = new Set([...batches.values()].flatMap((items) => [...items.keys()])).size;
  const byItem = clusters.finish(path, docs, log);
  return [...batches].map(([metric, items]) => ({ join, source: path, metric, items, ...(byItem ? { clusters: byItem } : {}) }));
}

/** The key under which an Every Eval Ever run and its instance-level samples meet. */
export function eeeJoin(evaluationId: string, evaluationName: string): string {
  return `eee:${evaluationId}|${evaluationName}`;
}

/** Instance-level lines → one batch per evaluation, for the run's first metric (`metric` ""). */
export function readEeeSamples(records: unknown[], path: string, log: ConversionLog, cluster?: string): ItemBatch[] {
  const batches = new Map<string, ItemScores>();
  const clusters = new ClusterReader(cluster);
  let unusable = 0;
  for (const line of records) {
    if (!isRecord(line) || !isRecord(line.evaluation)) continue;
    const evaluation = text(line.evaluation_id);
    const name = text(line.evaluation_name);
    const item = text(line.sample_hash) ?? (isFiniteNumber(line.sample_id) ? String(line.sample_id) : text(line.sample_id));
    const score = typeof line.evaluation.score === 'boolean' ? Number(line.evaluation.score) : line.evaluation.score;
    if (!evaluation || !name || !item || !isFiniteNumber(score)) {
      unusable++;
      continue;
    }
    const join = eeeJoin(evaluation, name);
    let items = batches.get(join);
    if (!items) batches.set(join, (items = new Map()));
    items.set(item, score);
    clusters.read(item, line.metadata);
  }
  const byItem = clusters.finish(path, [...batches.values()].reduce((n, items) => n + items.size, 0), log);
  if (unusable > 0) log.warn(path, `${unusable} instance-level lines lack evaluation_id, evaluation_name, a sample id or a numeric evaluation.score; left out`);
  return [...batches].map(([join, items]) => ({ join, source: path, metric: '', items, ...(byItem ? { clusters: byItem } : {}) }));
}
