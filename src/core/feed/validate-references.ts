// Cross-reference checks, run once the sections have the right shape: unique ids, model identity
// collisions, results that name unknown benchmarks/models/datasets, metric catalogue gaps, and
// benchmark tier targets that contradict the metric's direction.
import { DEFAULT_TIERS } from '../defaults.js';
import { modelKey } from '../identity.js';
import { isFiniteNumber, isObject, type JsonObject } from './checks.js';
import { pointer, type ProblemList } from './problems.js';

interface Sections {
  tiers: unknown;
  metrics: unknown;
  benchmarks: unknown[];
  models: unknown[];
  datasets: unknown[] | undefined;
  suites: unknown[] | undefined;
  results: unknown[];
}

/** Records ids seen in a section; reports a later duplicate with the earlier place. */
class IdRegistry {
  /** id key → where it was first seen (a JSON Pointer, made only when a duplicate needs it). */
  private readonly seen = new Map<string, () => string>();

  constructor(
    private readonly problems: ProblemList,
    private readonly what: string,
    private readonly normalise: (id: string) => string = (id) => id,
  ) {}

  add(id: unknown, at: () => string): void {
    if (typeof id !== 'string' || id.trim() === '') return;
    const key = this.normalise(id);
    const earlier = this.seen.get(key);
    if (earlier === undefined) this.seen.set(key, at);
    else this.problems.error(at(), `duplicate ${this.what} "${id}" (already at ${earlier()})`);
  }

  has(id: string): boolean {
    return this.seen.has(this.normalise(id));
  }
}

/** The objects of a list, each with its JSON Pointer (`/results/3`). */
function objectsWithPaths(list: unknown[], path: string): Array<[JsonObject, string]> {
  const out: Array<[JsonObject, string]> = [];
  list.forEach((item, index) => {
    if (isObject(item)) out.push([item, `${path}/${index}`]);
  });
  return out;
}

export function checkReferences(problems: ProblemList, sections: Sections): void {
  const metrics = isObject(sections.metrics) ? sections.metrics : {};
  const benchmarks = new IdRegistry(problems, 'benchmark id');
  for (const [b, at] of objectsWithPaths(sections.benchmarks, '/benchmarks')) benchmarks.add(b.id, () => pointer(at, 'id'));

  // Model identity ignores case and follows aliases, so an alias may not name another model.
  const models = new IdRegistry(problems, 'model id or alias (ids ignore case)', modelKey);
  for (const [m, at] of objectsWithPaths(sections.models, '/models')) {
    models.add(m.id, () => pointer(at, 'id'));
    const ownKey = typeof m.id === 'string' ? modelKey(m.id) : '';
    if (!Array.isArray(m.aliases)) continue;
    m.aliases.forEach((alias, i) => {
      if (typeof alias === 'string' && modelKey(alias) !== ownKey) models.add(alias, () => pointer(pointer(at, 'aliases'), i));
    });
  }

  const datasets = new IdRegistry(problems, 'dataset id');
  for (const [d, at] of objectsWithPaths(sections.datasets ?? [], '/datasets')) datasets.add(d.id, () => pointer(at, 'id'));

  const resultIds = new IdRegistry(problems, 'result id');
  const undescribed = new Set<string>();
  for (const [r, at] of objectsWithPaths(sections.results, '/results')) {
    resultIds.add(r.id, () => pointer(at, 'id'));
    if (typeof r.benchmark === 'string' && r.benchmark && !benchmarks.has(r.benchmark)) {
      problems.warn(pointer(at, 'benchmark'), `unknown benchmark "${r.benchmark}"; the result is listed under other benchmarks`);
    }
    if (typeof r.model === 'string' && r.model && !models.has(r.model)) {
      problems.warn(pointer(at, 'model'), `unknown model "${r.model}"; its id is shown as its name`);
    }
    if (sections.datasets && typeof r.dataset === 'string' && !datasets.has(r.dataset)) {
      problems.warn(pointer(at, 'dataset'), `unknown dataset "${r.dataset}"`);
    }
    if (!isObject(r.metrics)) continue;
    for (const name of Object.keys(r.metrics)) {
      if (name in metrics || undescribed.has(name)) continue;
      undescribed.add(name);
      problems.warn(pointer(pointer(at, 'metrics'), name), `metric "${name}" is not described in /metrics; it is treated as higher is better`);
    }
  }

  checkPairedReferences(problems, sections.results, resultIds);
  for (const [b, at] of objectsWithPaths(sections.benchmarks, '/benchmarks')) {
    checkBenchmarkMetrics(problems, b, at, metrics, undescribed);
    checkTargets(problems, b, at, metrics, sections.tiers);
  }
  checkSuiteReferences(problems, sections, benchmarks);
}

/** A paired difference names another result of the feed, of the same benchmark. */
function checkPairedReferences(problems: ProblemList, results: unknown[], resultIds: IdRegistry): void {
  const benchmarkOf = new Map<string, unknown>();
  results.forEach((r, i) => {
    if (!isObject(r) || !Array.isArray(r.paired)) return;
    if (benchmarkOf.size === 0) for (const other of results) if (isObject(other) && typeof other.id === 'string') benchmarkOf.set(other.id, other.benchmark);
    r.paired.forEach((p, j) => {
      if (!isObject(p) || typeof p.against !== 'string') return;
      const at = pointer(pointer(pointer(`/results/${i}`, 'paired'), j), 'against');
      if (!resultIds.has(p.against)) problems.warn(at, `unknown result "${p.against}"; this paired difference is not used`);
      else if (benchmarkOf.get(p.against) !== r.benchmark) problems.warn(at, `result "${p.against}" is of another benchmark; this paired difference is not used`);
    });
  });
}

/** Suite ids are unique; a benchmark's suite and whole, and a suite's overall, name what exists. */
function checkSuiteReferences(problems: ProblemList, sections: Sections, benchmarks: IdRegistry): void {
  const suites = new IdRegistry(problems, 'suite id');
  const suiteOf = new Map<string, unknown>();
  for (const [s, at] of objectsWithPaths(sections.suites ?? [], '/suites')) suites.add(s.id, () => pointer(at, 'id'));
  for (const [b, at] of objectsWithPaths(sections.benchmarks, '/benchmarks')) {
    if (typeof b.id === 'string') suiteOf.set(b.id, b.suite);
    if (typeof b.suite === 'string' && !suites.has(b.suite)) {
      problems.warn(pointer(at, 'suite'), `unknown suite "${b.suite}"; the benchmark is listed under no suite`);
    }
    if (typeof b.part_of === 'string' && (b.part_of === b.id || !benchmarks.has(b.part_of))) {
      problems.warn(pointer(at, 'part_of'), `"${b.part_of}" is not another benchmark of the feed; the benchmark is shown on its own`);
    }
  }
  for (const [s, at] of objectsWithPaths(sections.suites ?? [], '/suites')) {
    const overall = isObject(s.overall) ? s.overall : null;
    if (overall?.method !== 'benchmark' || typeof overall.benchmark !== 'string') continue;
    if (suiteOf.get(overall.benchmark) !== s.id) {
      problems.error(pointer(pointer(at, 'overall'), 'benchmark'), `"${overall.benchmark}" is not a benchmark of suite "${String(s.id)}"`);
    }
  }
}

function checkBenchmarkMetrics(
  problems: ProblemList,
  benchmark: JsonObject,
  at: string,
  metrics: JsonObject,
  undescribed: Set<string>,
): void {
  const named: Array<[unknown, string]> = [[benchmark.primary_metric, pointer(at, 'primary_metric')]];
  for (const list of ['secondary_metrics', 'shown_metrics']) {
    const ids = benchmark[list];
    if (Array.isArray(ids)) ids.forEach((m, i) => named.push([m, pointer(pointer(at, list), i)]));
  }
  for (const [metric, path] of named) {
    if (typeof metric !== 'string' || metric in metrics || undescribed.has(metric)) continue;
    problems.warn(path, `metric "${metric}" is not described in /metrics; it is treated as higher is better`);
  }
}

function checkTargets(problems: ProblemList, benchmark: JsonObject, at: string, metrics: JsonObject, tiers: unknown): void {
  const targets = benchmark.targets;
  if (!isObject(targets)) return;
  const tierIds = (Array.isArray(tiers) ? tiers : DEFAULT_TIERS)
    .map((t) => (isObject(t) && typeof t.id === 'string' ? t.id : null))
    .filter((id): id is string => id !== null);
  const targetsAt = pointer(at, 'targets');
  for (const key of Object.keys(targets)) {
    if (!tierIds.includes(key)) {
      problems.error(pointer(targetsAt, key), `unknown tier "${key}"; the tiers are ${tierIds.map((t) => `"${t}"`).join(', ')}`);
    }
  }
  const primary = typeof benchmark.primary_metric === 'string' ? metrics[benchmark.primary_metric] : undefined;
  const lower = isObject(primary) && primary.direction === 'lower';
  // Walk tiers best → worst: thresholds must get worse (lower, or higher for lower-is-better).
  let previous: [string, number] | null = null;
  for (const id of tierIds) {
    const threshold = targets[id];
    if (!isFiniteNumber(threshold)) continue;
    if (previous !== null) {
      const worse = lower ? threshold > previous[1] : threshold < previous[1];
      if (!worse) {
        problems.error(
          pointer(targetsAt, id),
          `"${id}" (${threshold}) must be ${lower ? 'above' : 'below'} "${previous[0]}" (${previous[1]}) because ${lower ? 'lower' : 'higher'} is better`,
        );
      }
    }
    previous = [id, threshold];
  }
}
