// What the hub says about one benchmark and its metrics, as data: the facts
// of "How are scores calculated?", the tier table and the ranking rules. The elements draw it with
// lit; the static renderers write it as HTML or Markdown. One source, so the pages cannot drift.
import { coverageSentence, standingSentence, suiteIndexScores, suiteStanding, tierBounds, tierScale, type BenchmarkRanking, type Hub, type MetricDefinition } from '../core/index.js';
import { countOf, formatNumber } from '../internal/text-format.js';
import { tierRangeText } from '../internal/tier-text.js';
import { INDEX_MIN_BENCHMARKS, indexSentence } from './suite-index-text.js';

/** Text with strong parts: "Ranked by **AUROC** (higher is better)." */
export type Rich = Array<string | { strong: string }>;

/** A term and its value ("Range", "0 to 1"); `muted` when the value says what is missing. */
export interface Fact {
  term: string;
  value: string;
  muted?: boolean;
}

const num = (v: number, lang: string) => formatNumber(v, Number.isInteger(v) ? 0 : 2, lang);

/** "0 to 1", "0 or more", "up to 1", or null for an undeclared range. */
export function rangeText(metric: MetricDefinition, lang: string): string | null {
  const min = metric.range?.min;
  const max = metric.range?.max;
  const hasMin = typeof min === 'number';
  const hasMax = typeof max === 'number';
  if (hasMin && hasMax) return `${num(min, lang)} to ${num(max, lang)}`;
  if (hasMin) return `${num(min, lang)} or more`;
  if (hasMax) return `up to ${num(max, lang)}`;
  return null;
}

/** For a feed of leaderboards: how each one's overall is computed, one sentence per leaderboard (over `rankings`, the feed's). */
export function overallFacts(hub: Hub, rankings: readonly BenchmarkRanking[]): Fact[] {
  return hub.suites.flatMap((suite) => {
    const s = suiteStanding(suite, rankings.filter((r) => r.benchmark.suite === suite.id));
    const facts: Fact[] = [{ term: suite.name, value: [standingSentence(s), coverageSentence(s)].filter(Boolean).join(' ') }];
    // Its capability index, where two benchmarks or more can be placed on their metric's range.
    const indexed = suiteIndexScores(s).columns.length;
    if (indexed >= INDEX_MIN_BENCHMARKS) facts.push({ term: `${suite.name}: capability index`, value: indexSentence(indexed) });
    return facts;
  });
}

/** What a metric measures, its range, direction and example. */
export function metricFacts(hub: Hub, id: string, lang: string): Fact[] {
  const metric = hub.metric(id);
  const range = rangeText(metric, lang);
  const facts: Fact[] = [];
  if (metric.description) facts.push({ term: 'What it measures', value: metric.description });
  else if (!Object.hasOwn(hub.feed.metrics ?? {}, id)) facts.push({ term: 'What it measures', value: 'The feed does not describe this metric.', muted: true });
  if (range) facts.push({ term: 'Range', value: range });
  facts.push({ term: 'Direction', value: metric.direction === 'lower' ? 'Lower is better' : 'Higher is better' });
  if (metric.example) facts.push({ term: 'Example', value: metric.example });
  return facts;
}

export interface TierRow {
  icon: string;
  label: string;
  range: string;
  meaning: string;
}

/** A metric's tiers (a benchmark's own targets when it ranks `ranking`), or why it has none. */
export function tierTable(hub: Hub, metricId: string, ranking: BenchmarkRanking | null, lang: string): { caption: string; rows: TierRow[] } | { none: string } {
  const metric = hub.metric(metricId);
  // A benchmark's targets are thresholds of its primary metric; other metrics use the tier scale.
  const ranksHere = !!ranking && ranking.primary?.id === metricId;
  const benchmark = ranksHere ? ranking!.benchmark : { id: '', name: '' };
  const scale = tierScale(benchmark, metric, hub.tiers);
  if (scale.steps.length === 0) {
    const why = metric.direction === 'lower' ? 'is lower-is-better with no upper bound' : 'has no known upper bound';
    return { none: `No tiers: ${metric.name} ${why}, and this benchmark declares no targets.` };
  }
  const source = { targets: `${benchmark.name}'s own targets`, tiers: 'the feed’s tier scale', mirrored: 'the tier scale, mirrored because lower is better', none: '' }[scale.source];
  const decimals = Math.min(metric.decimals ?? 2, 2);
  return {
    caption: `Tiers${ranksHere ? ` on ${benchmark.name}` : ''} (from ${source})`,
    rows: tierBounds(scale).map((b) => ({
      icon: b.tier.icon ?? '',
      label: b.tier.label,
      range: tierRangeText(b, scale.direction === 'lower', (v) => formatNumber(v, decimals, lang)),
      meaning: b.tier.description ?? '',
    })),
  };
}

/** Every metric the feed's results report or its benchmarks name, in catalogue order. */
export function usedMetrics(hub: Hub): string[] {
  const used = new Set<string>();
  for (const b of hub.benchmarks) for (const m of [b.primary_metric, ...(b.secondary_metrics ?? [])]) if (m) used.add(m);
  for (const r of hub.feed.results) for (const m of Object.keys(r.metrics)) used.add(m);
  const catalogue = Object.keys(hub.feed.metrics ?? {});
  return [...catalogue.filter((m) => used.has(m)), ...[...used].filter((m) => !catalogue.includes(m)).sort()];
}

/** The middle value (the mean of the middle two for an even count); undefined for none. */
function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A benchmark's description, task, datasets and typical sample size. */
export function benchmarkFacts(hub: Hub, ranking: BenchmarkRanking, lang: string): Fact[] {
  const b = ranking.benchmark;
  const results = hub.resultsByBenchmark.get(b.id) ?? [];
  const datasetIds = [...new Set([...(b.datasets ?? []), ...results.map((r) => r.dataset).filter((d): d is string => !!d)])];
  const datasetName = (id: string) => hub.feed.datasets?.find((d) => d.id === id)?.name ?? id;
  const typical = median(results.map((r) => (r.n_train ?? 0) + (r.n_test ?? 0)).filter((n) => n > 0));
  const facts: Fact[] = [];
  if (b.description) facts.push({ term: 'What it measures', value: b.description });
  if (b.task || b.modality) facts.push({ term: 'Task', value: [b.task, b.modality].filter(Boolean).join(' · ') });
  if (datasetIds.length > 0) facts.push({ term: 'Datasets', value: datasetIds.map(datasetName).join('; ') });
  if (typical !== undefined) facts.push({ term: 'Typical sample size', value: `about ${formatNumber(Math.round(typical), 0, lang)} samples per run (train + test)` });
  return facts;
}

/** The ranking rules, stated as the core applied them to this benchmark (it must have a primary metric). */
export function rankingRules(ranking: BenchmarkRanking): Rich[] {
  const primary = ranking.primary!;
  const better = primary.definition.direction === 'lower' ? 'lower is better' : 'higher is better';
  const rules: Rich[] = [
    ['Ranked by ', { strong: primary.id }, ` (${better})`, primary.declared ? '.' : '; this benchmark declares no primary metric, so the metric most of its results report is used.'],
    ranking.secondary.length > 0
      ? [
          `Equal ${primary.id} scores are separated by `,
          ...ranking.secondary.flatMap((m, i) => [i > 0 ? ', then ' : '', { strong: m.id }, ` (${m.definition.direction === 'lower' ? 'lower' : 'higher'} is better)`]),
          '; models still equal share a rank.',
        ]
      : [`No tie-breaking metrics are declared: models with equal ${primary.id} share a rank.`],
    [
      `One row per model: its best run counts (${countOf(ranking.runs, 'run')} from ${countOf(ranking.rows.length, 'model')}); its other runs are in the row's details. Model ids that differ only in case, or are aliases, are one model.`,
    ],
  ];
  if (ranking.excluded.length > 0) rules.push([`${ranking.excluded.length} ${ranking.excluded.length === 1 ? 'run was' : 'runs were'} left out: no usable ${primary.id} value (the table lists them).`]);
  if (ranking.rows.some((r) => r.rankRange)) rules.push(['Where results give an interval, the rank range shows every rank the intervals allow.']);
  rules.push(...uncertaintyRules(ranking));
  return rules;
}

/** Where the ± come from, which models have none, and what a tie group means. */
function uncertaintyRules(ranking: BenchmarkRanking): Rich[] {
  const rows = ranking.rows;
  const without = rows.filter((r) => !r.error).length;
  if (without === rows.length) {
    return [[`No result gives a standard error or the number of items it was scored on, so which of these differences are real cannot be said.`]];
  }
  const rules: Rich[] = [];
  const derived = rows.filter((r) => r.error?.basis === 'binomial').length;
  if (derived > 0) rules.push([`${derived === rows.length ? 'Every ± is' : `The ± of ${countOf(derived, 'model')} is`} derived from the number of items the run was scored on: the binomial standard error of a proportion.`]);
  if (without > 0) rules.push([`${countOf(without, 'model')} ${without === 1 ? 'has' : 'have'} no standard error (neither one nor an item count is given) and ${without === 1 ? 'is' : 'are'} in no group.`]);
  if (rows.some((r) => r.group)) {
    rules.push([
      { strong: 'Group' },
      ': models that share a letter cannot be told apart at 95 %. Each pair is tested on its difference paired over the items both ran where the feed has it, else from their two standard errors; the tests are not adjusted for their number.',
    ]);
  }
  return rules;
}
