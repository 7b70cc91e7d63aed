// Shape checks for one result: its ids, date, metric values (with uncertainty), sub-group
// tables and robustness probes.
import { checkArray, checkNumber, checkObject, checkString, isBlank, isFiniteNumber, isIsoDate, isObject } from './checks.js';
import { describe, pointer, type ProblemList } from './problems.js';
import { checkFlags } from './validate-sections.js';

const REQUIRED_TEXT = ['id', 'benchmark', 'model'];
const OPTIONAL_TEXT = ['dataset', 'source', 'suite', 'evaluator_relationship', 'reported_by'];

const isText = (value: unknown) => typeof value === 'string' && !isBlank(value);
const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';

export function checkResult(problems: ProblemList, result: unknown, at: string): void {
  if (!checkObject(problems, result, at)) return;
  // A large feed has hundreds of thousands of results, nearly all well formed and with few of the
  // optional fields: each check is called only where it can find something to say.
  // Each field read by name: a loop over the names reads by key, several times slower before the code warms up.
  const { id, benchmark, model } = result;
  if (!isText(id) || !isText(benchmark) || !isText(model)) for (const key of REQUIRED_TEXT) checkString(problems, result, key, at, { required: true });
  const { dataset, source, suite, evaluator_relationship, reported_by } = result;
  if (!isOptionalString(dataset) || !isOptionalString(source) || !isOptionalString(suite) || !isOptionalString(evaluator_relationship) || !isOptionalString(reported_by)) {
    for (const key of OPTIONAL_TEXT) checkString(problems, result, key, at);
  }
  if (result.n_train !== undefined) checkNumber(problems, result, 'n_train', at, { min: 0 });
  if (result.n_test !== undefined) checkNumber(problems, result, 'n_test', at, { min: 0 });
  if (result.date !== undefined && checkString(problems, result, 'date', at) && !isIsoDate(result.date as string)) {
    problems.error(pointer(at, 'date'), `expected an ISO 8601 date such as "2025-11-27", got ${describe(result.date)}`);
  }
  const metrics = result.metrics;
  if (metrics === undefined) problems.error(pointer(at, 'metrics'), 'is required');
  else if (!isObject(metrics)) checkObject(problems, metrics, pointer(at, 'metrics'));
  else {
    // The path is made only for a value at fault: a large feed has one metrics object per result.
    for (const name in metrics) {
      const value = metrics[name];
      // A plain number (the common case) needs no path unless something is wrong.
      if (value !== null && !isFiniteNumber(value) && Object.hasOwn(metrics, name)) checkMetricValue(problems, value, pointer(pointer(at, 'metrics'), name));
    }
  }
  if (result.stratified !== undefined) checkStratified(problems, result.stratified, pointer(at, 'stratified'));
  if (result.probes !== undefined) checkProbes(problems, result.probes, pointer(at, 'probes'));
  if (result.paired !== undefined) checkPaired(problems, result.paired, pointer(at, 'paired'));
  if (result.flags !== undefined) checkFlags(problems, result.flags, pointer(at, 'flags'));
}

/** Paired differences: `[{ against, metric, n, difference, se }]`. */
function checkPaired(problems: ProblemList, paired: unknown, at: string): void {
  if (!checkArray(problems, paired, at)) return;
  paired.forEach((record, i) => {
    const place = pointer(at, i);
    if (!checkObject(problems, record, place)) return;
    for (const key of ['against', 'metric']) checkString(problems, record, key, place, { required: true });
    checkNumber(problems, record, 'difference', place, { required: true });
    checkNumber(problems, record, 'se', place, { required: true, min: 0 });
    checkNumber(problems, record, 'n', place, { required: true, min: 1 });
  });
}

/** A number, `null` (not computed), or `{ value, se?, ci?, n?, se_method? }`. */
function checkMetricValue(problems: ProblemList, value: unknown, at: string): void {
  if (value === null || isFiniteNumber(value)) return;
  if (!isObject(value)) {
    problems.error(at, `expected a number, null or {"value": …}, got ${describe(value)}`);
    return;
  }
  const estimate = value;
  if (!isFiniteNumber(estimate.value)) {
    problems.error(pointer(at, 'value'), `expected a number, got ${describe(estimate.value)}`);
    return;
  }
  if (estimate.se !== undefined && !(isFiniteNumber(estimate.se) && estimate.se >= 0)) {
    problems.error(pointer(at, 'se'), `expected a standard error ≥ 0, got ${describe(estimate.se)}`);
  }
  if (estimate.ci !== undefined) checkInterval(problems, estimate.ci, estimate.value, pointer(at, 'ci'));
  if (estimate.n !== undefined) checkNumber(problems, estimate, 'n', at, { min: 1 });
  if (estimate.se_method !== undefined && !SE_METHODS.includes(estimate.se_method as string)) {
    problems.error(pointer(at, 'se_method'), `expected one of ${SE_METHODS.map((m) => `"${m}"`).join(', ')}, got ${describe(estimate.se_method)}`);
  }
}

const SE_METHODS = ['reported', 'items', 'clustered', 'binomial'];

function checkInterval(problems: ProblemList, ci: unknown, value: number, at: string): void {
  if (!Array.isArray(ci) || ci.length !== 2 || !ci.every(isFiniteNumber)) {
    problems.error(at, `expected [low, high], two numbers, got ${describe(ci)}`);
    return;
  }
  const [low, high] = ci as [number, number];
  if (low > value || value > high) {
    problems.error(at, `the interval [${low}, ${high}] must contain the value ${value}`);
  }
}

/** dimension → group → metric → number (or null). */
function checkStratified(problems: ProblemList, table: unknown, at: string): void {
  if (!checkObject(problems, table, at)) return;
  for (const [dimension, groups] of Object.entries(table)) {
    const dimensionAt = pointer(at, dimension);
    if (!checkObject(problems, groups, dimensionAt)) continue;
    for (const [group, values] of Object.entries(groups)) {
      const groupAt = pointer(dimensionAt, group);
      if (!checkObject(problems, values, groupAt)) continue;
      for (const [metric, v] of Object.entries(values)) {
        if (v !== null && !isFiniteNumber(v)) {
          problems.error(pointer(groupAt, metric), `expected a number, got ${describe(v)}`);
        }
      }
    }
  }
}

function checkNumberList(problems: ProblemList, list: unknown, at: string, length?: number): boolean {
  if (!checkArray(problems, list, at)) return false;
  let ok = true;
  list.forEach((v, i) => {
    if (!isFiniteNumber(v)) {
      problems.error(pointer(at, i), `expected a number, got ${describe(v)}`);
      ok = false;
    }
  });
  if (ok && length !== undefined && list.length !== length) {
    problems.error(at, `has ${list.length} values but the probe's grid has ${length}`);
    ok = false;
  }
  return ok;
}

function checkProbes(problems: ProblemList, probes: unknown, at: string): void {
  if (!checkObject(problems, probes, at)) return;
  for (const [name, probe] of Object.entries(probes)) {
    const probeAt = pointer(at, name);
    if (!checkObject(problems, probe, probeAt)) continue;
    checkString(problems, probe, 'type', probeAt);
    checkString(problems, probe, 'unit', probeAt);
    const gridAt = pointer(probeAt, 'grid');
    if (probe.grid === undefined) {
      problems.error(gridAt, 'is required');
      continue;
    }
    if (!checkNumberList(problems, probe.grid, gridAt)) continue;
    const gridLength = (probe.grid as number[]).length;
    const seriesAt = pointer(probeAt, 'series');
    if (probe.series === undefined) {
      problems.error(seriesAt, 'is required');
      continue;
    }
    if (!checkObject(problems, probe.series, seriesAt)) continue;
    for (const [seriesName, series] of Object.entries(probe.series)) {
      const curveAt = pointer(seriesAt, seriesName);
      if (!checkObject(problems, series, curveAt)) continue;
      if (series.mean === undefined) problems.error(pointer(curveAt, 'mean'), 'is required');
      else checkNumberList(problems, series.mean, pointer(curveAt, 'mean'), gridLength);
      if (series.std !== undefined) checkNumberList(problems, series.std, pointer(curveAt, 'std'), gridLength);
      if (series.rAUC !== undefined && !isFiniteNumber(series.rAUC)) {
        problems.error(pointer(curveAt, 'rAUC'), `expected a number, got ${describe(series.rAUC)}`);
      }
    }
    if (probe.summary !== undefined && checkObject(problems, probe.summary, pointer(probeAt, 'summary'))) {
      for (const key of Object.keys(probe.summary)) checkNumber(problems, probe.summary, key, pointer(probeAt, 'summary'));
    }
  }
}
