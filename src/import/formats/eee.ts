// Every Eval Ever records (schema 0.2.x and 0.3.x): one model, one source, and a list of
// `evaluation_results`, each one metric of one evaluation with its `metric_config` (direction,
// range, unit) and `score_details` (score, optional uncertainty). Entries that share an
// `evaluation_name` are one run with several metrics.
// A datastore keeps each leaderboard in a folder (`<leaderboard>/<developer>/<model>/<id>.json`):
// the leaderboard becomes the run's suite, named by `source_metadata.source_name`, so that two
// leaderboards' "GPQA" stay two benchmarks, and their metrics two where they differ. A model run inside an agent
// scaffold is its own entry ("model · scaffold"), with the run's cost where the record gives it.
import type { MetricRange } from '../../core/index.js';
import { describeValue, isFiniteNumber, isRecord, text, type ConversionLog } from '../log.js';
import type { ImportedRun, MetricReading } from '../types.js';
import { count, isoDate, numeric, paramsText } from '../values.js';
import { eeeJoin } from './samples.js';

export function looksLikeEee(data: Record<string, unknown>): boolean {
  return Array.isArray(data.evaluation_results) && ('schema_version' in data || 'model_info' in data);
}

/** `place`: the file's path on the user's machine, whose folders may name the leaderboard. */
export function convertEee(data: unknown, source: string, log: ConversionLog, place = source): ImportedRun[] {
  if (!isRecord(data) || !Array.isArray(data.evaluation_results)) {
    log.warn(source, 'skipped: not an Every Eval Ever record (no evaluation_results list)');
    return [];
  }
  const version = text(data.schema_version);
  if (version && !/^0\.[23](\.|$)/.test(version)) log.warn(source, `schema_version "${version}" is not 0.2.x or 0.3.x; read as 0.3`);
  const modelInfo = isRecord(data.model_info) ? data.model_info : {};
  const model = text(modelInfo.id) ?? text(modelInfo.name);
  if (!model) {
    log.warn(source, 'skipped: the record names no model (model_info.id)');
    return [];
  }
  const recordId = text(data.evaluation_id) ?? source;
  const names = new Set(data.evaluation_results.map((e) => (isRecord(e) ? text(e.evaluation_name) : undefined)));
  const suite = readSuite(data, source, place, log);
  const scoped = (id: string) => (suite ? `${suite.id}/${id}` : id);
  const runner = readEntry(modelInfo, model);
  // The leaderboard's own headline benchmark, where the record names it (HAL's "GAIA"), is the
  // suite's overall.
  const headline = text(isRecord(modelInfo.additional_details) ? modelInfo.additional_details.benchmark : undefined);
  if (suite && headline && names.has(headline)) suite.overall = { method: 'benchmark', benchmark: scoped(headline) };
  const card = { ...modelCard(modelInfo, model), ...runner.card };
  const extra = recordExtras(data);
  const recordDate = data.evaluation_timestamp;

  const byName = new Map<string, ImportedRun>();
  const withoutUncertainty: string[] = [];
  data.evaluation_results.forEach((entry, index) => {
    const at = `evaluation_results[${index}]`;
    const name = isRecord(entry) ? text(entry.evaluation_name) : undefined;
    if (!isRecord(entry) || !name) {
      log.warn(source, `${at}: no evaluation_name; left out`);
      return;
    }
    const config = isRecord(entry.metric_config) ? entry.metric_config : {};
    const details = isRecord(entry.score_details) ? entry.score_details : {};
    const reading = readScore(config, details, `${at} (${name})`, source, log);
    if (reading.se === undefined && reading.ci === undefined && reading.value !== null) withoutUncertainty.push(name);
    if (suite) reading.suite = suite.id;
    let run = byName.get(name);
    if (!run) {
      run = { source, id: `${recordId}/${name}`, benchmark: scoped(name), model: runner.id, metrics: [], extra: { ...extra } };
      // Only a record that names its instance-level file waits for per-item scores: a datastore
      // of 50,000 records without them keeps nothing for them.
      if (text(data.evaluation_id) && isRecord(data.detailed_evaluation_results)) run.join = eeeJoin(recordId, name);
      if (Object.keys(card).length > 0) run.modelInfo = card;
      if (suite) run.suite = suite;
      // "GAIA - GAIA Level 1" beside "GAIA" in one record: a part of GAIA.
      const whole = [...names].find((other) => other && other !== name && name.startsWith(`${other} - `));
      const description = text(config.evaluation_description);
      run.benchmarkInfo = {
        ...(description ? { description } : {}),
        ...(whole ? { name: name.slice(whole.length + 3), part_of: scoped(whole) } : suite ? { name } : {}),
      };
      const date = isoDate(entry.evaluation_timestamp ?? recordDate);
      if (date) run.date = date;
      const dataset = readDataset(entry.source_data);
      if (dataset) run.dataset = dataset;
      byName.set(name, run);
    }
    if (run.metrics.some((m) => m.id === reading.id)) {
      log.warn(source, `${at}: a second value of ${reading.id} for "${name}"; left out`);
      return;
    }
    const uncertainty = isRecord(details.uncertainty) ? details.uncertainty : {};
    const samples = count(uncertainty.num_samples);
    if (samples !== undefined && run.n_test === undefined) run.n_test = samples;
    run.metrics.push(reading);
    // What the run cost, where the record says (per evaluation, else for the whole record).
    const generation = isRecord(entry.generation_config) && isRecord(entry.generation_config.additional_details) ? entry.generation_config.additional_details : {};
    const cost = numeric(generation.total_cost_usd) ?? runner.cost;
    if (cost !== undefined && cost >= 0 && !run.metrics.some((m) => m.base === COST.base)) run.metrics.push({ ...COST, value: cost, ...(suite ? { suite: suite.id } : {}) });
  });
  if (byName.size === 0) log.warn(source, 'skipped: no usable evaluation_results');
  if (withoutUncertainty.length > 0) {
    const n = withoutUncertainty.length;
    log.warn(source, `no standard error or interval for ${n === 1 ? `"${withoutUncertainty[0]}"` : `${n} results`}; shown without ±`);
  }
  return [...byName.values()];
}

function readScore(config: Record<string, unknown>, details: Record<string, unknown>, at: string, source: string, log: ConversionLog): MetricReading {
  const id = text(config.metric_id) ?? text(config.metric_name) ?? 'score';
  const score = details.score;
  if (!isFiniteNumber(score)) log.warn(source, `${at}: score ${describeValue(score)} is not a number; kept as not computed`);
  const reading: MetricReading = { id, base: text(config.metric_kind) ?? id, value: isFiniteNumber(score) ? score : null };
  const name = text(config.metric_name);
  if (name) reading.name = name;
  if (typeof config.lower_is_better === 'boolean') reading.direction = config.lower_is_better ? 'lower' : 'higher';
  const range: MetricRange = { min: numeric(config.min_score) ?? null, max: numeric(config.max_score) ?? null };
  if (range.min !== null || range.max !== null) reading.range = range;
  const unit = text(config.metric_unit);
  if (unit) reading.unit = unit;
  const uncertainty = isRecord(details.uncertainty) ? details.uncertainty : {};
  const se = isRecord(uncertainty.standard_error) ? uncertainty.standard_error.value : undefined;
  if (isFiniteNumber(se) && se >= 0) reading.se = se;
  else if (se !== undefined) log.warn(source, `${at}: standard error ${describeValue(se)} is not a number ≥ 0; left out`);
  const interval = isRecord(uncertainty.confidence_interval) ? uncertainty.confidence_interval : undefined;
  if (interval && reading.value !== null) {
    const { lower, upper } = interval;
    if (isFiniteNumber(lower) && isFiniteNumber(upper) && lower <= reading.value && reading.value <= upper) {
      reading.ci = [lower, upper];
      const level = interval.confidence_level;
      if (isFiniteNumber(level) && level !== 0.95) log.warn(source, `${at}: the interval is at ${level * 100} % confidence; rank ranges read it as 95 %`);
    } else {
      log.warn(source, `${at}: confidence interval [${describeValue(lower)}, ${describeValue(upper)}] does not contain the score; left out`);
    }
  }
  return reading;
}

/** The run's cost in US dollars: lower is better, from 0 with no upper bound. */
const COST: MetricReading = { id: 'cost_usd', base: 'cost_usd', name: 'Cost (USD)', direction: 'lower', range: { min: 0, max: null }, unit: 'USD', value: null, shown: true };

/**
 * The leaderboard the record belongs to: its datastore folder (`<leaderboard>/<developer>/<model>/
 * <file>`) as the id, named by `source_metadata.source_name`. Without a name, the folder's; with
 * neither, none.
 */
function readSuite(data: Record<string, unknown>, source: string, place: string, log: ConversionLog): ImportedRun['suite'] {
  const meta = isRecord(data.source_metadata) ? data.source_metadata : {};
  const name = text(meta.source_name);
  const parts = place.split(/[\\/]/);
  const folder = parts.length >= 4 ? parts[parts.length - 4] : undefined;
  const id = folder ?? (name ? slug(name) : undefined);
  if (!id) return undefined;
  if (!name) log.warn(source, `no source_metadata.source_name: the leaderboard is named after its folder, "${id}"`);
  const suite: NonNullable<ImportedRun['suite']> = { id, name: name ?? id };
  const organisation = text(meta.source_organization_name);
  if (organisation) suite.organisation = organisation;
  const url = text(meta.source_organization_url);
  if (url && /^https?:\/\//i.test(url)) suite.url = url;
  const relationship = text(meta.evaluator_relationship);
  if (relationship) suite.evaluator_relationship = relationship;
  return suite;
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * Who ran: the model, or the model inside an agent scaffold, which is its own entry, named
 * "Gemini 2.0 Flash (February 2025) · HF Open Deep Research", with the model and scaffold on its card.
 */
function readEntry(info: Record<string, unknown>, model: string): { id: string; card: Record<string, string>; cost?: number } {
  const details = isRecord(info.additional_details) ? info.additional_details : {};
  const scaffold = text(details.agent_scaffold);
  const cost = numeric(details.total_cost_usd);
  if (!scaffold) return { id: model, card: {}, ...(cost !== undefined ? { cost } : {}) };
  const name = text(info.name) ?? model;
  return {
    // The name is part of the identity: one model id runs under several settings ("Claude-3.7
    // Sonnet High" and "Claude-3.7 Sonnet"), each its own entry.
    id: name === model ? `${model} · ${scaffold}` : `${model} · ${name} · ${scaffold}`,
    card: { name: `${name} · ${scaffold}`, base_model: model, configuration: scaffold },
    ...(cost !== undefined ? { cost } : {}),
  };
}

function modelCard(info: Record<string, unknown>, id: string): Record<string, string | number> {
  const card: Record<string, string | number> = {};
  const name = text(info.name);
  if (name && name !== id) card.name = name;
  const developer = text(info.developer);
  if (developer) card.developer = developer;
  const details = isRecord(info.additional_details) ? info.additional_details : {};
  const billions = numeric(details.params_billions) ?? numeric(details.size_billions_parameters);
  if (billions !== undefined && billions > 0) {
    const n = Math.round(billions * 1e9);
    Object.assign(card, { params: paramsText(n), parameters: [n] });
  }
  const availability = text(details.model_availability);
  if (availability && availability !== 'unknown') card.availability = availability;
  return card;
}

function readDataset(sourceData: unknown): ImportedRun['dataset'] {
  if (!isRecord(sourceData)) return undefined;
  const name = text(sourceData.dataset_name);
  const repo = text(sourceData.hf_repo);
  const id = repo ? [repo, text(sourceData.hf_split)].filter(Boolean).join(':') : name;
  if (!id) return undefined;
  const dataset: NonNullable<ImportedRun['dataset']> = { id, name: name ?? id };
  const urls = Array.isArray(sourceData.url) ? sourceData.url : [sourceData.url];
  const url = urls.map(text).find((u) => u && /^https?:\/\//i.test(u));
  if (url) dataset.url = url;
  else if (repo && /^[\w.-]+\/[\w.-]+$/.test(repo)) dataset.url = `https://huggingface.co/datasets/${repo}`;
  return dataset;
}

function recordExtras(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const library = isRecord(data.eval_library) ? data.eval_library : {};
  const name = text(library.name);
  const version = text(library.version);
  if (name && name !== 'unknown') out.evaluator = version && version !== 'unknown' ? `${name} ${version}` : name;
  const meta = isRecord(data.source_metadata) ? data.source_metadata : {};
  const reporter = [text(meta.source_organization_name), text(meta.source_name)].filter(Boolean).join(', ');
  if (reporter) out.reported_by = reporter;
  const relationship = text(meta.evaluator_relationship);
  if (relationship) out.evaluator_relationship = relationship;
  const retrieved = isoDate(data.retrieved_timestamp);
  if (retrieved) out.retrieved = retrieved;
  return out;
}
