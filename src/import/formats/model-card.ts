// Hugging Face model cards. Two layouts:
// - the `model-index` block of a README.md's YAML front matter: per model, `results[]` of
//   `{task: {type, name}, dataset: {type, name, config, split}, metrics: [{type, value, name, verified}]}`;
// - `.eval_results/*.yaml` in a model repository: a list of `{dataset: {id, task_id}, value, date,
//   source, notes}`. The file does not name its model (the repository is the model) nor its metric.
import { describeValue, isFiniteNumber, isRecord, text, type ConversionLog } from '../log.js';
import type { ImportedRun, MetricReading } from '../types.js';
import { isoDate } from '../values.js';

export function looksLikeEvalResults(data: unknown): data is unknown[] {
  return Array.isArray(data) && data.length > 0 && data.every((item) => isRecord(item) && isRecord(item.dataset) && 'value' in item);
}

/** Card fields worth keeping on the model. */
const CARD_FIELDS = ['license', 'base_model', 'pipeline_tag', 'library_name'] as const;

export function convertModelIndex(frontMatter: unknown, source: string, log: ConversionLog): ImportedRun[] {
  if (!isRecord(frontMatter) || !Array.isArray(frontMatter['model-index'])) {
    log.warn(source, 'skipped: a model card whose front matter has no model-index');
    return [];
  }
  const card: Record<string, string> = {};
  for (const field of CARD_FIELDS) {
    const value = frontMatter[field];
    const t = Array.isArray(value) ? value.map(text).filter(Boolean).join(', ') : text(value);
    if (t) card[field] = t;
  }
  const runs: ImportedRun[] = [];
  const ids = new Set<string>();
  frontMatter['model-index'].forEach((entry, m) => {
    const model = isRecord(entry) ? text(entry.name) : undefined;
    if (!isRecord(entry) || !model) {
      log.warn(source, `model-index[${m}]: no name; left out`);
      return;
    }
    const results = Array.isArray(entry.results) ? entry.results : [];
    results.forEach((result, r) => {
      const at = `model-index[${m}].results[${r}]`;
      const run = modelIndexRun(result, model, at, source, log);
      if (!run) return;
      if (Object.keys(card).length > 0) run.modelInfo = { ...card };
      let id = `${model}/${run.benchmark}`;
      for (let n = 2; ids.has(id); n++) id = `${model}/${run.benchmark}#${n}`;
      ids.add(id);
      run.id = id;
      runs.push(run);
    });
  });
  if (runs.length === 0) log.warn(source, 'skipped: the model-index lists no results');
  return runs;
}

function modelIndexRun(result: unknown, model: string, at: string, source: string, log: ConversionLog): ImportedRun | undefined {
  const dataset = isRecord(result) && isRecord(result.dataset) ? result.dataset : undefined;
  const datasetType = text(dataset?.type);
  if (!isRecord(result) || !dataset || !datasetType) {
    log.warn(source, `${at}: no dataset.type; left out`);
    return undefined;
  }
  // A config or split is a different test: each is its own benchmark.
  const benchmark = [datasetType, text(dataset.config), text(dataset.split)].filter(Boolean).join(':');
  const metrics: MetricReading[] = [];
  const list = Array.isArray(result.metrics) ? result.metrics : [];
  list.forEach((metric, i) => {
    const type = isRecord(metric) ? text(metric.type) : undefined;
    if (!isRecord(metric) || !type) {
      log.warn(source, `${at}.metrics[${i}]: no type; left out`);
      return;
    }
    const id = text(metric.config) ? `${type} (${text(metric.config)})` : type;
    if (metrics.some((m) => m.id === id)) {
      log.warn(source, `${at}.metrics[${i}]: a second value of ${id}; left out`);
      return;
    }
    const reading: MetricReading = { id, base: type, value: cardValue(metric.value, `${at}.metrics[${i}]`, source, log) };
    const name = text(metric.name);
    if (name) reading.name = name;
    metrics.push(reading);
  });
  if (metrics.length === 0) {
    log.warn(source, `${at}: no metrics; left out`);
    return undefined;
  }
  const task = isRecord(result.task) ? result.task : {};
  const datasetName = text(dataset.name);
  const run: ImportedRun = { source, id: '', benchmark, model, metrics, extra: {} };
  const taskName = text(task.name) ?? text(task.type);
  run.benchmarkInfo = { ...(datasetName ? { name: [datasetName, text(dataset.split)].filter(Boolean).join(' · ') } : {}), ...(taskName ? { task: taskName } : {}) };
  run.dataset = { id: datasetType, name: datasetName ?? datasetType };
  if (/^[\w.-]+\/[\w.-]+$/.test(datasetType)) run.dataset.url = `https://huggingface.co/datasets/${datasetType}`;
  const verified = list.some((m) => isRecord(m) && m.verified === true);
  if (verified) run.extra!.verified = true;
  const origin = isRecord(result.source) ? result.source : {};
  if (text(origin.url)) run.extra!.reported_at = text(origin.url);
  if (text(origin.name)) run.extra!.reported_by = text(origin.name);
  // Who ran it: Hugging Face's own evaluation when verified; the card's author when the card
  // quotes no source; a quoted source may be anyone, so it is not said.
  if (verified) run.extra!.evaluator_relationship = 'third_party';
  else if (!text(origin.url) && !text(origin.name)) run.extra!.evaluator_relationship = 'first_party';
  return run;
}

/**
 * A card's value: a number, or text such as `"20.0 ± 1.2"` (the number kept; what the ± means is
 * not said, so it is not read as a standard error).
 */
function cardValue(value: unknown, at: string, source: string, log: ConversionLog): number | null {
  if (isFiniteNumber(value)) return value;
  const match = typeof value === 'string' ? /^\s*([+-]?\d+(?:\.\d+)?)\s*(%?)\s*(?:(?:±|\+\/-|\+-)\s*([\d.]+)\s*%?)?\s*$/.exec(value) : null;
  if (!match) {
    log.warn(source, `${at}: value ${describeValue(value)} is not a number; kept as not computed`);
    return null;
  }
  if (match[3] !== undefined) log.warn(source, `${at}: value ${describeValue(value)}: the ± ${match[3]} is not said to be a standard error; left out`);
  if (match[2]) log.warn(source, `${at}: value ${describeValue(value)} is a percentage; kept as ${match[1]}`);
  return Number(match[1]);
}

/**
 * `.eval_results/*.yaml`. The model is `model` (the repository's, from its README's model-index
 * or the folder name; see import.ts). The score's metric is not named: its id is `score`.
 */
export function convertEvalResults(data: unknown, source: string, model: string, log: ConversionLog): ImportedRun[] {
  if (!Array.isArray(data)) {
    log.warn(source, 'skipped: not an .eval_results file (expected a list of {dataset, value})');
    return [];
  }
  const runs: ImportedRun[] = [];
  data.forEach((item, i) => {
    const at = `[${i}]`;
    const dataset = isRecord(item) && isRecord(item.dataset) ? item.dataset : undefined;
    const datasetId = text(dataset?.id);
    if (!isRecord(item) || !dataset || !datasetId) {
      log.warn(source, `${at}: no dataset.id; left out`);
      return;
    }
    const notes = text(item.notes);
    // Results with different notes ("With tools") are different set-ups, so different benchmarks.
    const taskId = text(dataset.task_id);
    const benchmark = [datasetId, taskId].filter(Boolean).join(':') + (notes ? ` (${notes})` : '');
    const value = cardValue(item.value, at, source, log);
    const run: ImportedRun = { source, id: `${source}#${i + 1}`, benchmark, model, metrics: [{ id: 'score', base: 'score', name: 'Score', value }], extra: {} };
    run.benchmarkInfo = { name: [datasetId, taskId].filter(Boolean).join(' · ') + (notes ? ` (${notes})` : '') };
    const date = isoDate(item.date);
    if (date) run.date = date;
    else if (item.date !== undefined) log.warn(source, `${at}: date ${describeValue(item.date)} is not an ISO date; the result has no date`);
    run.dataset = { id: datasetId, name: datasetId };
    if (/^[\w.-]+\/[\w.-]+$/.test(datasetId)) run.dataset.url = `https://huggingface.co/datasets/${datasetId}`;
    const origin = isRecord(item.source) ? item.source : {};
    if (text(origin.url)) run.extra!.reported_at = text(origin.url);
    if (text(origin.user)) run.extra!.reported_by = text(origin.user);
    // In the model's own repository: its maintainers' unless a user other than its owner sent it.
    const owner = model.includes('/') ? model.split('/')[0].toLowerCase() : undefined;
    const user = text(origin.user)?.toLowerCase();
    run.extra!.evaluator_relationship = user && owner && user !== owner ? 'third_party' : 'first_party';
    if (text(item.verifyToken)) run.extra!.verify_token = text(item.verifyToken);
    if (notes) run.extra!.notes = notes;
    runs.push(run);
  });
  return runs;
}
