// The hub's page as the element and the static renderers both lay it out: every benchmark
// ranked once, the sections in page order (by modality, then task; benchmarks the feed does not
// define last), their anchors, the jump navigation, and the overall views.
import {
  bestScorePerModel,
  groupByModality,
  hubStats,
  meanRanks,
  rankAll,
  tierDistribution,
  type BenchmarkRanking,
  type BestScoreEntry,
  type Grouping,
  type Hub,
  type HubStats,
  type MeanRankEntry,
  type ResolvedModel,
  type TierDistribution,
} from '../core/index.js';
import { enHub, type HubMessages } from '../i18n/hub-messages.js';

export interface NavTarget {
  id: string;
  label: string;
}

export interface HubOutline {
  hub: Hub;
  rankings: BenchmarkRanking[];
  byId: Map<string, BenchmarkRanking>;
  /** Each benchmark's section id (`fm-b-…`), unique in the page. */
  anchors: Map<string, string>;
  /** Benchmarks by modality and task: the sections and the jump navigation. */
  grouping: Grouping;
  /** Benchmark ids in the order their sections appear. */
  pageOrder: string[];
  best: BestScoreEntry[];
  mean: MeanRankEntry[];
  tiers: TierDistribution;
  /** Benchmarks with at least one ranked row. */
  contested: number;
  stats: HubStats;
  /** The models with a ranked row somewhere, in the hub's order (the facets and compare are theirs). */
  enteredModels: ResolvedModel[];
}

/** An id-safe form of a benchmark id or modality name. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

/** The id of a modality's section. */
export const modalityAnchor = (modality: string | null) => `fm-m-${slug(modality ?? 'other')}`;

export function hubOutline(hub: Hub): HubOutline {
  const rankings = rankAll(hub);
  const anchors = new Map<string, string>();
  const used = new Set<string>();
  for (const r of rankings) {
    let anchor = `fm-b-${slug(r.benchmark.id)}`;
    for (let n = 2; used.has(anchor); n++) anchor = `fm-b-${slug(r.benchmark.id)}-${n}`;
    used.add(anchor);
    anchors.set(r.benchmark.id, anchor);
  }
  const grouping = groupByModality(hub);
  const outline = {
    hub,
    rankings,
    byId: new Map(rankings.map((r) => [r.benchmark.id, r])),
    anchors,
    grouping,
    pageOrder: [...grouping.groups.flatMap((g) => g.tasks.flatMap((t) => t.benchmarks.map((b) => b.id))), ...grouping.otherBenchmarkIds],
    contested: rankings.filter((r) => r.rows.length > 0).length,
  } as HubOutline;
  // The hub's counts and overall tables, worked out when first read: a suite's view shows the
  // whole feed's counts and the suite's own overall instead, and they cost as much as the
  // rankings on a large suite.
  whenRead(outline, 'stats', () => hubStats(hub));
  whenRead(outline, 'best', () => bestScorePerModel(rankings));
  whenRead(outline, 'mean', () => meanRanks(rankings));
  whenRead(outline, 'tiers', () => tierDistribution(hub, rankings));
  whenRead(outline, 'enteredModels', () => {
    const entered = new Set<ResolvedModel>();
    for (const r of rankings) for (let i = 0; i < r.rows.length; i++) entered.add(r.rows[i].model);
    return hub.models.filter((m) => entered.has(m));
  });
  return outline;
}

/** `object[key]` computed on its first read, then kept as a plain value. */
export function whenRead<T extends object, K extends keyof T>(object: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(object, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });
}

/** The jump navigation: overall, each modality, other benchmarks, compare, metrics. */
export function navTargets(outline: HubOutline, sections: { compare: boolean } = { compare: true }, t: HubMessages = enHub): NavTarget[] {
  const { grouping } = outline;
  return [
    { id: 'fm-overall', label: t.navOverall },
    ...grouping.groups.map((g) => ({ id: modalityAnchor(g.modality), label: g.modality ?? t.navOther })),
    ...(grouping.otherBenchmarkIds.length > 0 ? [{ id: 'fm-other', label: t.navOtherBenchmarks }] : []),
    ...(sections.compare ? [{ id: 'fm-compare', label: t.navCompare }] : []),
    { id: 'fm-metrics', label: t.navMetrics },
  ];
}
