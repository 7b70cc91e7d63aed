// A leaderboard (suite) of a feed of several, as text: its provenance, its overall's cells and the
// leader's margin, and the overview across leaderboards. The hub draws them with lit (the suites
// chunk), the static renderers as HTML or Markdown: one wording for both.
import type { AcrossEntry, ResolvedModel, StandingEntry, Suite, SuiteStanding } from '../core/index.js';
import type { Messages } from '../i18n/messages.js';
import type { SuiteMessages } from '../i18n/suite-messages.js';
import { formatNumber } from '../internal/text-format.js';

/** What the leaderboards' text is written with: their part and the shared one (relationships). */
export type SuiteLabels = SuiteMessages & Messages;

/** "Princeton SAgE Team · third-party evaluation · version 2" in parts (the link is apart). */
export function provenance(suite: Suite, t: SuiteLabels): string[] {
  const relationship = suite.evaluator_relationship && t.relationship(suite.evaluator_relationship);
  return [suite.organisation, relationship, suite.version && t.version(suite.version)].filter((part): part is string => !!part);
}

/** A sentence on how the overall is computed, for the page and the metric explainer. */
export function standingSentence(s: SuiteStanding, t: SuiteMessages, lang: string): string {
  const n = s.counted.length;
  const count = (v: number) => formatNumber(v, 0, lang);
  const chosen = s.declared ? '' : t.declaresNone;
  switch (s.method) {
    case 'benchmark':
      return t.byBenchmark(chosen, s.overall?.benchmark.name ?? null, s.declared);
    case 'mean':
      return t.byMean(chosen, count(n), n, count(s.unplaceable.length), s.unplaceable.length);
    case 'borda':
      return t.byBorda(chosen, count(n), n);
    default:
      return t.byMeanRank(chosen, count(n), n);
  }
}

/** The coverage rule in words ("" for a benchmark's own ranking, where there is none). */
export function coverageSentence(s: SuiteStanding, t: SuiteMessages, lang: string): string {
  if (s.method === 'benchmark') return '';
  const count = (v: number) => formatNumber(v, 0, lang);
  return t.coverage(count(s.minimum), count(s.counted.length), count(s.apart.length), s.apart.length);
}

/** What the overall's value is called in a column heading. */
export function standingLabel(s: SuiteStanding, t: SuiteMessages): string {
  if (s.method === 'benchmark') return s.overall?.primary?.definition.name ?? s.overall?.primary?.id ?? t.scoreLabel;
  return s.method === 'mean' ? t.meanPositionInRange : s.method === 'borda' ? t.bordaPoints : t.meanRankLabel;
}

/** Decimals of an overall's value: the benchmark's own, else what the method's scale needs. */
function decimals(s: SuiteStanding): number {
  if (s.method === 'benchmark') return s.overall?.decimals ?? 4;
  return s.method === 'mean' ? 3 : s.method === 'borda' ? 0 : 2;
}

/** An overall's value as shown. */
export function standingValue(s: SuiteStanding, value: number, lang: string): string {
  return formatNumber(value, decimals(s), lang);
}

/**
 * Each ranked model's interval (core overallIntervals), when the overall has any; `pending` while
 * the hub works them out for a large suite (their column is kept, so nothing moves when they come).
 */
export type Intervals = ReadonlyMap<ResolvedModel, [number, number]> | 'pending';

const hasIntervals = (intervals?: Intervals) => intervals === 'pending' || !!intervals?.size;

/** Each model's capability index with its interval (a fit of the suite), or `pending` while it is fitted. */
export type IndexColumn = ReadonlyMap<ResolvedModel, { index: number; ci: [number, number] | null }> | 'pending';

/** An index at two decimals; one that rounds to zero is 0.00, not −0.00. */
export const indexNumber = (v: number, lang: string) => formatNumber(Math.abs(v) < 0.005 ? 0 : v, 2, lang);

/** A model's index cell: "0.42 (0.10 to 0.71)", "…" while fitted, "—" for a model given none. */
function indexCell(index: IndexColumn, model: ResolvedModel, lang: string, t: SuiteLabels): string {
  if (index === 'pending') return '…';
  const found = index.get(model);
  if (!found) return '—';
  return found.ci ? `${indexNumber(found.index, lang)} (${t.valueRange(indexNumber(found.ci[0], lang), indexNumber(found.ci[1], lang))})` : indexNumber(found.index, lang);
}

/** The overall table's columns: place, model, the value, its interval (where any), (but for a benchmark) benchmarks entered, and the capability index where fitted. */
export function standingColumns(s: SuiteStanding, t: SuiteLabels, intervals?: Intervals, index?: IndexColumn): string[] {
  return [
    t.placeColumn,
    t.model,
    standingLabel(s, t),
    ...(hasIntervals(intervals) ? [t.interval95] : []),
    ...(s.method === 'benchmark' ? [] : [t.benchmarksEnteredColumn]),
    ...(index ? [t.indexColumn] : []),
  ];
}

/** A row's cells after the place and model: the value, "0.41 to 0.57", and, but for a benchmark, "2 of 3". */
export function standingCells(s: SuiteStanding, e: StandingEntry, lang: string, t: SuiteLabels, intervals?: Intervals, index?: IndexColumn): string[] {
  const interval = intervals === 'pending' ? undefined : intervals?.get(e.model);
  return [
    standingValue(s, e.value, lang),
    ...(hasIntervals(intervals) ? [interval ? t.valueRange(standingValue(s, interval[0], lang), standingValue(s, interval[1], lang)) : intervals === 'pending' ? '…' : '—'] : []),
    ...(s.method === 'benchmark' ? [] : [t.ofCount(formatNumber(e.entered, 0, lang), formatNumber(s.counted.length, 0, lang))]),
    ...(index ? [indexCell(index, e.model, lang, t)] : []),
  ];
}

/** How the intervals are made, in a sentence (null without any). */
export function intervalsSentence(s: SuiteStanding, intervals: Intervals, t: SuiteMessages, lang: string): string | null {
  // None: say why, so that an overall without one is not read as exact.
  if (!hasIntervals(intervals)) {
    if (s.entries.length < 2) return null;
    return s.method === 'benchmark' ? t.noIntervalBenchmark : t.noIntervalOne;
  }
  if (s.method === 'benchmark') return t.ownInterval;
  const noisy = s.counted.some((r) => r.rows.some((row) => row.error));
  return t.resampledInterval(formatNumber(s.counted.length, 0, lang), noisy);
}

/** "A (2 of 6), B (1 of 6), and 12 more": models with how many of `of` benchmarks each ran, the first `shown`. */
export function countedNames(models: ReadonlyArray<{ name: string; ran: number }>, of: number, shown: number, t: SuiteLabels, lang: string): string {
  const count = (v: number) => formatNumber(v, 0, lang);
  const names = models.slice(0, shown).map((m) => `${m.name} (${t.ofCount(count(m.ran), count(of))})`);
  const more = models.length - names.length;
  return more > 0 ? t.andMore(names.join(', '), count(more)) : names.join(', ');
}

/** The models below the coverage rule, most benchmarks first (null when none). */
export function apartText(s: SuiteStanding, t: SuiteLabels, lang: string, shown = 30): string | null {
  if (s.apart.length === 0) return null;
  const names = countedNames(s.apart.map((e) => ({ name: e.model.name, ran: e.entered })), s.counted.length, shown, t, lang);
  return t.notRankedFewer(formatNumber(s.minimum, 0, lang), names);
}

/** "b leads; the next place is 0.100 behind." (null without a second place). */
export function leadText(s: SuiteStanding, lang: string, t: SuiteLabels): string | null {
  const leaders = s.entries.filter((e) => e.place === 1);
  const next = s.entries.find((e) => e.place > 1);
  if (leaders.length === 0 || !next) return null;
  const margin = standingValue(s, Math.abs(leaders[0].value - next.value), lang);
  const unit = s.method === 'mean-rank' ? 'ranks' : s.method === 'borda' ? 'points' : '';
  return t.lead(leaders.map((e) => e.model.name).join(t.and), leaders.length > 1, margin, unit);
}

/** "GAIA: 3 of 32; USACO: 5 of 13" — a model's place in each leaderboard it entered, by `name`. */
export function placesText(entry: AcrossEntry, name: (suite: Suite | null) => string, t: SuiteMessages, lang: string): string {
  return entry.places.map((p) => t.placeOf(name(p.suite), formatNumber(p.place, 0, lang), formatNumber(p.of, 0, lang))).join(t.placesSeparator);
}
