import { SUPPORTED_MAJOR } from '../defaults.js';
import type { Feed } from '../types.js';
import { checkArray, checkNumber, checkObject, checkString, checkStringList, isObject } from './checks.js';
import { pointer, ProblemList, type Problem } from './problems.js';
import { checkReferences } from './validate-references.js';
import { checkShardRefs } from '../shards/shard-refs.js';
import { expandResults, locateProblems, uniqueProblems } from './result-fields.js';
import { checkRuns } from './runs.js';
import { checkResult } from './validate-results.js';
import { checkBenchmark, checkDataset, checkMetrics, checkModel, checkSuite, checkTiers } from './validate-sections.js';

export interface ValidationReport {
  /** True when there is no error (warnings allowed). */
  valid: boolean;
  /** Every problem found, in document order within each check. */
  problems: Problem[];
  errors: Problem[];
  warnings: Problem[];
}

const VERSION = /^(\d+)\.(\d+)$/;

/**
 * Checks a parsed feed against the v1 format and returns every problem at once, each with the
 * JSON Pointer of the value at fault. Unknown extra fields are allowed.
 */
export function validateFeed(data: unknown): ValidationReport {
  const { valid, problems, errors, warnings } = validateExpanded(expandResults(data), data);
  return { valid, problems, errors, warnings };
}

/**
 * Results are checked whole (`data`, expanded from `raw`); a problem is reported where `raw`
 * writes what is at fault (see `locateProblems`). `located[i]` is `found[i]` so placed.
 */
function validateExpanded(data: unknown, raw: unknown): ValidationReport & { found: Problem[]; located: Problem[] } {
  const problems = new ProblemList();
  if (checkObject(problems, data, '')) checkFeed(problems, data);
  if (isObject(raw)) checkRuns(problems, raw);
  const found = problems.items;
  const located = data === raw ? found : locateProblems(found, raw);
  const items = data === raw ? found : uniqueProblems(located);
  const errors = items.filter((p) => p.severity === 'error');
  return {
    valid: errors.length === 0,
    problems: items,
    errors,
    warnings: items.filter((p) => p.severity === 'warning'),
    found,
    located,
  };
}

function checkFeed(problems: ProblemList, feed: Record<string, unknown>): void {
  if (checkString(problems, feed, 'version', '', { required: true })) {
    const match = VERSION.exec(feed.version as string);
    if (!match) {
      problems.error('/version', `expected "MAJOR.MINOR" such as "1.0", got "${feed.version as string}"`);
    } else if (Number(match[1]) !== SUPPORTED_MAJOR) {
      problems.error(
        '/version',
        `unsupported feed version "${feed.version as string}": this reader understands version ${SUPPORTED_MAJOR}.x`,
      );
      return; // a different major version means different rules; further messages would mislead
    }
  }
  for (const key of ['generated', 'title']) checkString(problems, feed, key, '');
  if (feed.source !== undefined && checkObject(problems, feed.source, '/source')) {
    for (const key of ['name', 'url', 'commit', 'license']) checkString(problems, feed.source, key, '/source');
  }
  if (feed.tiers !== undefined) checkTiers(problems, feed.tiers, '/tiers');
  if (feed.metrics !== undefined) checkMetrics(problems, feed.metrics, '/metrics');

  const suites = feed.suites === undefined ? undefined : checkList(problems, feed, 'suites', checkSuite);
  const benchmarks = checkList(problems, feed, 'benchmarks', checkBenchmark);
  const models = checkList(problems, feed, 'models', checkModel);
  const datasets = feed.datasets === undefined ? undefined : checkList(problems, feed, 'datasets', checkDataset);
  const results = checkList(problems, feed, 'results', checkResult);
  if (feed.warnings !== undefined && checkArray(problems, feed.warnings, '/warnings')) {
    feed.warnings.forEach((w, i) => {
      const at = pointer('/warnings', i);
      if (checkObject(problems, w, at)) {
        checkString(problems, w, 'message', at, { required: true });
        for (const key of ['source', 'kind']) checkString(problems, w, key, at);
        checkNumber(problems, w, 'count', at, { min: 1 });
        checkStringList(problems, w, 'examples', at);
      }
    });
  }
  checkShardRefs(problems, feed);
  if (benchmarks && models && results) {
    checkReferences(problems, {
      tiers: feed.tiers,
      metrics: feed.metrics,
      benchmarks,
      models,
      datasets: datasets ?? undefined,
      suites: suites ?? undefined,
      results,
    });
  }
}

function checkList(
  problems: ProblemList,
  feed: Record<string, unknown>,
  key: string,
  checkItem: (problems: ProblemList, item: unknown, at: string) => void,
): unknown[] | null {
  const at = pointer('', key);
  if (feed[key] === undefined) {
    problems.error(at, 'is required');
    return null;
  }
  if (!checkArray(problems, feed[key], at)) return null;
  feed[key].forEach((item, index) => checkItem(problems, item, pointer(at, index)));
  return feed[key];
}

/** A result the loader left out, with the problems that made it unusable. */
export interface DroppedResult {
  index: number;
  id: string | null;
  problems: Problem[];
}

export interface LoadedFeed {
  /** The usable feed, or null when the feed as a whole is unusable. */
  feed: Feed | null;
  /** Every problem, as `validateFeed` reports them. */
  problems: Problem[];
  /** Results dropped because of their own errors; the rest of the feed is still used. */
  dropped: DroppedResult[];
}

const RESULT_PATH = /^\/results\/(\d+)(\/|$)/;
const WRITTEN_IN_RESULT_OR_RUN = /^\/(results|runs\/\d+\/results)\/\d+(\/|$)|^\/runs\/\d+\/(?!results(\/|$))[^/]+/;

/**
 * Validates and keeps what can be used: an error inside one result (or in a field it has from
 * its run) drops that result (listed in `dropped`); an error anywhere else rejects the feed.
 */
export function loadFeed(raw: unknown): LoadedFeed {
  const data = expandResults(raw);
  const report = validateExpanded(data, raw);
  const byResult = new Map<number, Problem[]>();
  for (let i = 0; i < report.found.length; i++) {
    const problem = report.located[i];
    if (problem.severity !== 'error') continue;
    const match = RESULT_PATH.exec(report.found[i].path);
    if (!match || !WRITTEN_IN_RESULT_OR_RUN.test(problem.path)) return { feed: null, problems: report.problems, dropped: [] };
    const index = Number(match[1]);
    byResult.set(index, [...(byResult.get(index) ?? []), problem]);
  }
  const source = data as Feed;
  const dropped: DroppedResult[] = [...byResult].map(([index, problems]) => {
    const result: unknown = source.results[index];
    const id = isObject(result) && typeof result.id === 'string' ? result.id : null;
    return { index, id, problems };
  });
  const feed = dropped.length === 0 ? source : { ...source, results: source.results.filter((_, i) => !byResult.has(i)) };
  return { feed, problems: report.problems, dropped };
}
