import type { Hub } from '../hub.js';
import type { Benchmark } from '../types.js';

export interface TaskGroup {
  /** The benchmarks' `task`, or null for those without one. */
  task: string | null;
  benchmarks: Benchmark[];
}

export interface ModalityGroup {
  /**
   * The group's heading: the name of the benchmarks' suite where they belong to one (a feed of
   * many leaderboards), else their `modality`; null for those with neither (shown last).
   */
  modality: string | null;
  tasks: TaskGroup[];
}

export interface Grouping {
  groups: ModalityGroup[];
  /** Benchmarks that results name but the feed does not define ("Other benchmarks"). */
  otherBenchmarkIds: string[];
}

/** The heading a benchmark is grouped under: its suite's name, else its modality; null for neither. */
export function groupLabel(hub: Hub, benchmark: Benchmark): string | null {
  return (benchmark.suite && hub.suite(benchmark.suite)?.name) || benchmark.modality?.trim() || null;
}

/** Suite or modality → task → benchmark, each level in the order first seen in the feed. */
export function groupByModality(hub: Hub): Grouping {
  const groups = new Map<string | null, Map<string | null, Benchmark[]>>();
  for (const benchmark of hub.benchmarks) {
    const modality = groupLabel(hub, benchmark);
    const task = benchmark.task?.trim() || null;
    const tasks = groups.get(modality) ?? new Map<string | null, Benchmark[]>();
    groups.set(modality, tasks);
    tasks.set(task, [...(tasks.get(task) ?? []), benchmark]);
  }
  const list = [...groups].map(([modality, tasks]) => ({
    modality,
    tasks: [...tasks].map(([task, benchmarks]) => ({ task, benchmarks })),
  }));
  // Unclassified benchmarks go last, wherever the first of them appeared.
  list.sort((a, b) => Number(a.modality === null) - Number(b.modality === null));
  return { groups: list, otherBenchmarkIds: hub.otherBenchmarkIds };
}
