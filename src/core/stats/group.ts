import type { Hub } from '../hub.js';
import type { Benchmark } from '../types.js';

export interface TaskGroup {
  /** The benchmarks' `task`, or null for those without one. */
  task: string | null;
  benchmarks: Benchmark[];
}

export interface ModalityGroup {
  /** The benchmarks' `modality`, or null for those without one (shown last). */
  modality: string | null;
  tasks: TaskGroup[];
}

export interface Grouping {
  groups: ModalityGroup[];
  /** Benchmarks that results name but the feed does not define ("Other benchmarks"). */
  otherBenchmarkIds: string[];
}

/** Modality → task → benchmark, each level in the order first seen in the feed. */
export function groupByModality(hub: Hub): Grouping {
  const groups = new Map<string | null, Map<string | null, Benchmark[]>>();
  for (const benchmark of hub.benchmarks) {
    const modality = benchmark.modality?.trim() || null;
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
