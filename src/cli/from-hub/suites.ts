// A hub's tests/ folder: each file a test suite (suite_id, name, version, description) listing the
// benchmarks it runs, one per entry of `benchmarks` (or one `benchmark_id`) with its dataset. The
// datasets always reach their benchmarks; with `from-hub --suites`, each suite is also a
// leaderboard of the feed (a benchmark two suites list is two benchmarks).
import type { Benchmark, Result, Suite } from '../../core/index.js';
import type { HubDocument } from './read-hub.js';
import { cmp, type ConversionLog, isRecord, prose, text } from './warnings.js';

export interface HubSuite {
  file: string;
  suite: Suite;
  /** The (benchmark, dataset) pairs it runs. */
  pairs: Array<{ benchmark?: string; dataset?: string }>;
}

/** suite id → the suite and what it runs. */
export function suiteIndex(docs: HubDocument[], log: ConversionLog): Map<string, HubSuite> {
  const suites = new Map<string, HubSuite>();
  for (const { file, data } of docs) {
    const id = isRecord(data) ? text(data.suite_id) : undefined;
    if (!isRecord(data) || !id) {
      log.warn(file, 'skipped: no suite_id');
      continue;
    }
    if (suites.has(id)) {
      log.warn(file, `skipped: suite "${id}" is defined twice (first in ${suites.get(id)!.file})`);
      continue;
    }
    const listed = (Array.isArray(data.benchmarks) ? data.benchmarks : []).filter(isRecord);
    const entries = listed.length > 0 ? listed : [data];
    const pairs = entries.map((p) => ({ benchmark: text(p.benchmark_id), dataset: text(p.dataset_id) })).filter((p) => p.benchmark || p.dataset);
    const suite: Suite = { id, name: text(data.name) ?? id };
    const description = prose(data.description);
    if (description) suite.description = description;
    const version = text(data.version);
    if (version) suite.version = version;
    suites.set(id, { file, suite, pairs });
  }
  return suites;
}

/**
 * The suites as leaderboards of the feed. A benchmark listed by one suite joins it; a benchmark
 * a second suite (by id) also lists becomes a benchmark of its own there, `<id>@<suite>`, holding
 * the results run under that suite (results that name no suite stay with the first). Suites that
 * list no defined benchmark are left out, and said.
 */
export function assignSuites(suites: Map<string, HubSuite>, benchmarks: Benchmark[], results: Result[], log: ConversionLog): Suite[] {
  const byId = new Map(benchmarks.map((b) => [b.id, b]));
  const kept: Suite[] = [];
  for (const { file, suite, pairs } of [...suites.values()].sort((a, b) => cmp(a.suite.id, b.suite.id))) {
    let holds = 0;
    for (const id of new Set(pairs.map((p) => p.benchmark).filter((b): b is string => !!b))) {
      const benchmark = byId.get(id);
      if (!benchmark) continue;
      holds++;
      if (!benchmark.suite) {
        benchmark.suite = suite.id;
        continue;
      }
      const copy: Benchmark = { ...structuredClone(benchmark), id: `${id}@${suite.id}`, suite: suite.id };
      benchmarks.push(copy);
      const moved = results.filter((r) => r.benchmark === id && r.suite === suite.id);
      for (const r of moved) r.benchmark = copy.id;
      log.warn(file, `benchmark "${id}" is also in suite "${benchmark.suite}"; here it is a benchmark of its own, "${copy.id}", with the ${moved.length} result(s) run under this suite`);
    }
    if (holds > 0) kept.push(suite);
    else log.warn(file, `suite "${suite.id}" lists no benchmark the hub defines; it is not a leaderboard of the feed`);
  }
  return kept;
}
