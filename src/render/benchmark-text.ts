// What the hub says about one benchmark and its metrics, as data: the facts
// of "How are scores calculated?", the tier table and the ranking rules. The elements draw it with
// lit; the static renderers write it as HTML or Markdown. One source, so the pages cannot drift.
import { suiteIndexScores, suiteStanding, tierBounds, tierScale, type BenchmarkRanking, type Hub, type MetricDefinition } from '../core/index.js';
import type { ExplainerMessages } from '../i18n/explainer-messages.js';
import type { Messages } from '../i18n/messages.js';
import { formatNumber } from '../internal/text-format.js';
import { tierRangeText, tierWords } from '../internal/tier-text.js';
import { INDEX_MIN_BENCHMARKS, indexSentence } from './suite-index-text.js';
import { coverageSentence, standingSentence, type SuiteLabels } from './suite-text.js';

/** Text with strong parts: "Ranked by **AUROC** (higher is better)." */
export type Rich = Array<string | { strong: string }>;

/** A term and its value ("Range", "0 to 1"); `muted` when the value says what is missing. */
export interface Fact {
  term: string;
  value: string;
  muted?: boolean;
}

/** The labels these sentences are written with: the explainer's part and the shared one (tiers). */
export type ExplainerLabels = ExplainerMessages & Messages;

const num = (v: number, lang: string) => formatNumber(v, Number.isInteger(v) ? 0 : 2, lang);

/** "0 to 1", "0 or more", "up to 1", or null for an undeclared range. */
export function rangeText(metric: MetricDefinition, lang: string, t: ExplainerMessages): string | null {
  const min = metric.range?.min;
  const max = metric.range?.max;
  const hasMin = typeof min === 'number';
  const hasMax = typeof max === 'number';
  if (hasMin && hasMax) return t.rangeBoth(num(min, lang), num(max, lang));
  if (hasMin) return t.rangeFrom(num(min, lang));
  if (hasMax) return t.rangeUpTo(num(max, lang));
  return null;
}

/** For a feed of leaderboards: how each one's overall is computed, one sentence per leaderboard (over `rankings`, the feed's). */
export function overallFacts(hub: Hub, rankings: readonly BenchmarkRanking[], t: ExplainerMessages & SuiteLabels, lang: string): Fact[] {
  return hub.suites.flatMap((suite) => {
    const s = suiteStanding(suite, rankings.filter((r) => r.benchmark.suite === suite.id));
    const facts: Fact[] = [{ term: suite.name, value: [standingSentence(s, t, lang), coverageSentence(s, t, lang)].filter(Boolean).join(' ') }];
    // Its capability index, where two benchmarks or more can be placed on their metric's range.
    const indexed = suiteIndexScores(s).columns.length;
    if (indexed >= INDEX_MIN_BENCHMARKS) facts.push({ term: t.capabilityIndexOf(suite.name), value: indexSentence(indexed, t, lang) });
    return facts;
  });
}

/** What a metric measures, its range, direction and example. */
export function metricFacts(hub: Hub, id: string, lang: string, t: ExplainerMessages): Fact[] {
  const metric = hub.metric(id);
  const range = rangeText(metric, lang, t);
  const facts: Fact[] = [];
  if (metric.description) facts.push({ term: t.whatItMeasures, value: metric.description });
  else if (!Object.hasOwn(hub.feed.metrics ?? {}, id)) facts.push({ term: t.whatItMeasures, value: t.undescribedMetric, muted: true });
  if (range) facts.push({ term: t.range, value: range });
  facts.push({ term: t.direction, value: metric.direction === 'lower' ? t.lowerIsBetter : t.higherIsBetter });
  if (metric.example) facts.push({ term: t.example, value: metric.example });
  return facts;
}

export interface TierRow {
  icon: string;
  label: string;
  range: string;
  meaning: string;
}

/** A metric's tiers (a benchmark's own targets when it ranks `ranking`), or why it has none. */
export function tierTable(hub: Hub, metricId: string, ranking: BenchmarkRanking | null, lang: string, t: ExplainerLabels): { caption: string; rows: TierRow[] } | { none: string } {
  const metric = hub.metric(metricId);
  // A benchmark's targets are thresholds of its primary metric; other metrics use the tier scale.
  const ranksHere = !!ranking && ranking.primary?.id === metricId;
  const benchmark = ranksHere ? ranking!.benchmark : { id: '', name: '' };
  const scale = tierScale(benchmark, metric, hub.tiers);
  if (scale.steps.length === 0) {
    return { none: t.noTiers(metric.name, metric.direction === 'lower') };
  }
  const source = { targets: t.ownTargets(benchmark.name), tiers: t.feedTiers, mirrored: t.mirroredTiers, none: '' }[scale.source];
  const decimals = Math.min(metric.decimals ?? 2, 2);
  return {
    caption: t.tiersCaption(ranksHere ? benchmark.name : null, source),
    rows: tierBounds(scale).map((b) => ({
      icon: b.tier.icon ?? '',
      ...tierWords(b.tier, t),
      range: tierRangeText(b, scale.direction === 'lower', (v) => formatNumber(v, decimals, lang), t),
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
export function benchmarkFacts(hub: Hub, ranking: BenchmarkRanking, lang: string, t: ExplainerMessages): Fact[] {
  const b = ranking.benchmark;
  const results = hub.resultsByBenchmark.get(b.id) ?? [];
  const datasetIds = [...new Set([...(b.datasets ?? []), ...results.map((r) => r.dataset).filter((d): d is string => !!d)])];
  const datasetName = (id: string) => hub.feed.datasets?.find((d) => d.id === id)?.name ?? id;
  const typical = median(results.map((r) => (r.n_train ?? 0) + (r.n_test ?? 0)).filter((n) => n > 0));
  const facts: Fact[] = [];
  if (b.description) facts.push({ term: t.whatItMeasures, value: b.description });
  if (b.task || b.modality) facts.push({ term: t.task, value: [b.task, b.modality].filter(Boolean).join(' · ') });
  if (datasetIds.length > 0) facts.push({ term: t.datasets, value: datasetIds.map(datasetName).join('; ') });
  if (typical !== undefined) facts.push({ term: t.typicalSampleSize, value: t.aboutSamples(formatNumber(Math.round(typical), 0, lang)) });
  return facts;
}

/** The ranking rules, stated as the core applied them to this benchmark (it must have a primary metric). */
export function rankingRules(ranking: BenchmarkRanking, lang: string, t: ExplainerLabels): Rich[] {
  const primary = ranking.primary!;
  const n = (v: number) => formatNumber(v, 0, lang);
  const rules: Rich[] = [
    t.rankedBy(primary.id, primary.definition.direction === 'lower', primary.declared),
    ranking.secondary.length > 0
      ? t.tieBreakers(primary.id, ranking.secondary.map((m) => ({ id: m.id, lower: m.definition.direction === 'lower' })))
      : [t.noTieBreakers(primary.id)],
    [t.oneRowPerModel(n(ranking.runs), ranking.runs, n(ranking.rows.length), ranking.rows.length)],
  ];
  if (ranking.excluded.length > 0) rules.push([t.leftOut(n(ranking.excluded.length), ranking.excluded.length, primary.id)]);
  if (ranking.rows.some((r) => r.rankRange)) rules.push([t.rankRanges]);
  rules.push(...uncertaintyRules(ranking, n, t));
  return rules;
}

/** Where the ± come from, which models have none, and what a tie group means. */
function uncertaintyRules(ranking: BenchmarkRanking, n: (v: number) => string, t: ExplainerLabels): Rich[] {
  const rows = ranking.rows;
  const without = rows.filter((r) => !r.error).length;
  if (without === rows.length) return [[t.noErrors]];
  const rules: Rich[] = [];
  const derived = rows.filter((r) => r.error?.basis === 'binomial').length;
  if (derived > 0) rules.push([t.binomial(derived === rows.length, n(derived), derived)]);
  if (without > 0) rules.push([t.withoutError(n(without), without)]);
  if (rows.some((r) => r.group)) rules.push(t.groupRule(t.group));
  return rules;
}
