// Shape checks for the feed's catalogue sections: tiers, metrics, benchmarks, models, datasets.
import { OWN_RESULT_FIELDS } from './result-fields.js';
import {
  checkArray,
  checkEnum,
  checkNumber,
  checkObject,
  checkString,
  checkStringList,
  isFiniteNumber,
  isObject,
  type JsonObject,
} from './checks.js';
import { describe, pointer, type ProblemList } from './problems.js';
import { TRANSLATED_FIELDS } from '../text/translated-fields.js';

/** A language tag as BCP 47 spells one: `de`, `zh-CN`, `zh-Hans-CN`, `pt-BR`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** `translations`: by language tag, an object of the text fields this kind of object has; each a string. */
function checkTranslations(problems: ProblemList, object: JsonObject, at: string, kind: keyof typeof TRANSLATED_FIELDS): void {
  const value = object.translations;
  if (value === undefined) return;
  const path = pointer(at, 'translations');
  if (!checkObject(problems, value, path)) return;
  const fields: readonly string[] = TRANSLATED_FIELDS[kind];
  for (const [tag, text] of Object.entries(value)) {
    const place = pointer(path, tag);
    if (!LANGUAGE_TAG.test(tag)) problems.warn(place, `"${tag}" is not a language tag (such as "de" or "zh-CN"); no reader will get it`);
    if (!checkObject(problems, text, place)) continue;
    for (const key of Object.keys(text)) {
      if (fields.includes(key)) checkString(problems, text, key, place);
      else problems.warn(pointer(place, key), `a ${kind}'s translation gives ${fields.join(', ')}; "${key}" is not shown`);
    }
  }
}

export function checkTiers(problems: ProblemList, value: unknown, path: string): void {
  if (!checkArray(problems, value, path)) return;
  if (value.length === 0) problems.error(path, 'must list at least one tier');
  let previousMin = Infinity;
  const seen = new Map<string, string>();
  value.forEach((tier, index) => {
    const at = pointer(path, index);
    if (!checkObject(problems, tier, at)) return;
    if (checkString(problems, tier, 'id', at, { required: true }) && typeof tier.id === 'string') {
      const earlier = seen.get(tier.id);
      if (earlier) problems.error(pointer(at, 'id'), `duplicate tier id "${tier.id}" (already at ${earlier})`);
      else seen.set(tier.id, pointer(at, 'id'));
    }
    checkString(problems, tier, 'label', at, { required: true });
    for (const key of ['icon', 'color', 'description']) checkString(problems, tier, key, at);
    checkTranslations(problems, tier, at, 'tier');
    const isLast = index === value.length - 1;
    if (!checkNumber(problems, tier, 'min', at, { required: !isLast })) return;
    if (isFiniteNumber(tier.min)) {
      if (tier.min >= previousMin) {
        problems.error(pointer(at, 'min'), `tiers go from best to worst: ${tier.min} must be below ${previousMin}`);
      }
      previousMin = tier.min;
    }
  });
}

function checkRange(problems: ProblemList, metric: JsonObject, path: string): void {
  const range = metric.range;
  if (range === undefined) return;
  const at = pointer(path, 'range');
  if (!checkObject(problems, range, at)) return;
  for (const bound of ['min', 'max'] as const) {
    const v = range[bound];
    if (v !== undefined && v !== null && !isFiniteNumber(v)) {
      problems.error(pointer(at, bound), `expected a number or null, got ${describe(v)}`);
    }
  }
  if (isFiniteNumber(range.min) && isFiniteNumber(range.max) && range.min > range.max) {
    problems.error(at, `min (${range.min}) is above max (${range.max})`);
  }
}

export function checkMetrics(problems: ProblemList, value: unknown, path: string): void {
  if (!checkObject(problems, value, path)) return;
  for (const [id, metric] of Object.entries(value)) {
    const at = pointer(path, id);
    if (!checkObject(problems, metric, at)) continue;
    checkString(problems, metric, 'name', at, { required: true });
    checkEnum(problems, metric, 'direction', at, ['higher', 'lower'], { required: true });
    for (const key of ['description', 'example', 'unit']) checkString(problems, metric, key, at);
    checkTranslations(problems, metric, at, 'metric');
    checkNumber(problems, metric, 'decimals', at, { min: 0 });
    if (isFiniteNumber(metric.decimals) && (!Number.isInteger(metric.decimals) || metric.decimals > 12)) {
      problems.error(pointer(at, 'decimals'), `expected a whole number from 0 to 12, got ${metric.decimals}`);
    }
    checkRange(problems, metric, at);
    if (metric.proportion !== undefined && typeof metric.proportion !== 'boolean') {
      problems.error(pointer(at, 'proportion'), `expected true or false, got ${describe(metric.proportion)}`);
    } else if (metric.proportion === true && !(isObject(metric.range) && isFiniteNumber(metric.range.min) && isFiniteNumber(metric.range.max))) {
      problems.warn(pointer(at, 'proportion'), 'a proportion needs a range with a finite min and max; no standard error is derived from item counts');
    }
  }
}

export function checkBenchmark(problems: ProblemList, benchmark: unknown, at: string): void {
  if (!checkObject(problems, benchmark, at)) return;
  checkString(problems, benchmark, 'id', at, { required: true });
  checkString(problems, benchmark, 'name', at, { required: true });
  for (const key of ['description', 'modality', 'task', 'primary_metric', 'suite', 'part_of']) checkString(problems, benchmark, key, at);
  checkTranslations(problems, benchmark, at, 'benchmark');
  checkStringList(problems, benchmark, 'secondary_metrics', at);
  checkStringList(problems, benchmark, 'shown_metrics', at);
  checkStringList(problems, benchmark, 'datasets', at);
  const fields = benchmark.result_fields;
  if (fields !== undefined && checkObject(problems, fields, pointer(at, 'result_fields'))) {
    for (const key of Object.keys(fields).filter((k) => OWN_RESULT_FIELDS.has(k))) {
      problems.error(pointer(pointer(at, 'result_fields'), key), `a result's own field; give it in each result`);
    }
  }
  const targets = benchmark.targets;
  if (targets !== undefined) {
    const targetsAt = pointer(at, 'targets');
    if (checkObject(problems, targets, targetsAt)) {
      for (const key of Object.keys(targets)) checkNumber(problems, targets, key, targetsAt);
    }
  }
}

const MODEL_TEXT = ['name', 'type', 'params', 'license', 'arch', 'version', 'description', 'base_model', 'configuration'];

export function checkModel(problems: ProblemList, model: unknown, at: string): void {
  if (!checkObject(problems, model, at)) return;
  checkString(problems, model, 'id', at, { required: true });
  // A shard lists thousands of cards: each check is called only where it can find something to say.
  for (const key of MODEL_TEXT) if (model[key] !== undefined && typeof model[key] !== 'string') checkString(problems, model, key, at);
  checkStringList(problems, model, 'aliases', at);
  checkStringList(problems, model, 'modalities', at);
  // Parameter counts are numbers; `extra` holds the card's other fields as they are (any JSON).
  checkStringList(problems, model, 'parameters', at, isFiniteNumber, 'a number');
  if (model.flags !== undefined) checkFlags(problems, model.flags, pointer(at, 'flags'));
  const links = model.links;
  if (links === undefined) return;
  const linksAt = pointer(at, 'links');
  if (!checkArray(problems, links, linksAt)) return;
  links.forEach((link, index) => {
    const linkAt = pointer(linksAt, index);
    if (!checkObject(problems, link, linkAt)) return;
    checkString(problems, link, 'label', linkAt, { required: true });
    if (checkString(problems, link, 'url', linkAt, { required: true }) && !isWebUrl(link.url as string)) {
      problems.warn(pointer(linkAt, 'url'), `only http(s) links are followed; ${describe(link.url)} will show as text`);
    }
  });
}

/** Flags: `[{ kind, reason }]`, both text. */
export function checkFlags(problems: ProblemList, flags: unknown, at: string): void {
  if (flags === undefined || !checkArray(problems, flags, at)) return;
  flags.forEach((flag, i) => {
    const place = pointer(at, i);
    if (!checkObject(problems, flag, place)) return;
    for (const key of ['kind', 'reason']) checkString(problems, flag, key, place, { required: true });
  });
}

const OVERALL_METHODS = ['benchmark', 'mean', 'mean-rank', 'borda'] as const;

export function checkSuite(problems: ProblemList, suite: unknown, at: string): void {
  if (!checkObject(problems, suite, at)) return;
  for (const key of ['id', 'name']) checkString(problems, suite, key, at, { required: true });
  for (const key of ['description', 'url', 'organisation', 'evaluator_relationship', 'version']) checkString(problems, suite, key, at);
  checkTranslations(problems, suite, at, 'suite');
  if (suite.capability_index !== undefined) checkStoredIndex(problems, suite.capability_index, pointer(at, 'capability_index'));
  const overall = suite.overall;
  if (overall === undefined) return;
  const overallAt = pointer(at, 'overall');
  if (!checkObject(problems, overall, overallAt)) return;
  if (checkEnum(problems, overall, 'method', overallAt, OVERALL_METHODS, { required: true })) {
    checkString(problems, overall, 'benchmark', overallAt, { required: overall.method === 'benchmark' });
  }
  if (checkNumber(problems, overall, 'min_share', overallAt, { min: 0 }) && isFiniteNumber(overall.min_share) && overall.min_share > 1) {
    problems.error(pointer(overallAt, 'min_share'), `expected a share from 0 to 1, got ${overall.min_share}`);
  }
}

/** A stored capability index: `{ resamples, models: [[id, index, low, high], …] }`, low ≤ index ≤ high. */
export function checkStoredIndex(problems: ProblemList, stored: unknown, at: string): void {
  if (!checkObject(problems, stored, at)) return;
  checkNumber(problems, stored, 'resamples', at, { required: true, min: 0 });
  const models = stored.models;
  if (!checkArray(problems, models, pointer(at, 'models'))) return;
  models.forEach((row, i) => {
    const place = pointer(pointer(at, 'models'), i);
    const ok = Array.isArray(row) && row.length === 4 && typeof row[0] === 'string' && row.slice(1).every(isFiniteNumber) && row[2] <= row[1] && row[1] <= row[3];
    if (!ok) problems.error(place, `expected [model id, index, low, high] with low ≤ index ≤ high, got ${describe(row)}`);
  });
}

export function checkDataset(problems: ProblemList, dataset: unknown, at: string): void {
  if (!checkObject(problems, dataset, at)) return;
  checkString(problems, dataset, 'id', at, { required: true });
  for (const key of ['name', 'description', 'url']) checkString(problems, dataset, key, at);
  checkNumber(problems, dataset, 'n_samples', at, { min: 0 });
}

/**
 * An http(s) URL or a relative one (resolved against the feed's URL when shown). Control
 * characters and spaces are ignored first, as a browser's URL parser ignores them inside a
 * scheme (`java\tscript:`). The elements decide with the URL parser itself (`safeHref`).
 */
export function isWebUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
  return scheme === null || /^https?$/i.test(scheme[1]);
}
