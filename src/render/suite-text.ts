// A leaderboard (suite) of a feed of several, as text: its provenance, its overall's cells and the
// leader's margin, and the overview across leaderboards. The hub draws them with lit (the suites
// chunk), the static renderers as HTML or Markdown: one wording for both.
import { relationshipText, standingLabel, type AcrossEntry, type ResolvedModel, type StandingEntry, type Suite, type SuiteStanding } from '../core/index.js';
import { formatNumber } from '../internal/text-format.js';

/** "Princeton SAgE Team · third-party evaluation · version 2" in parts (the link is apart). */
export function provenance(suite: Suite): string[] {
  const relationship = suite.evaluator_relationship && relationshipText(suite.evaluator_relationship);
  return [suite.organisation, relationship, suite.version && `version ${suite.version}`].filter((part): part is string => !!part);
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
function indexCell(index: IndexColumn, model: ResolvedModel, lang: string): string {
  if (index === 'pending') return '…';
  const found = index.get(model);
  if (!found) return '—';
  return found.ci ? `${indexNumber(found.index, lang)} (${indexNumber(found.ci[0], lang)} to ${indexNumber(found.ci[1], lang)})` : indexNumber(found.index, lang);
}

/** The overall table's columns: place, model, the value, its interval (where any), (but for a benchmark) benchmarks entered, and the capability index where fitted. */
export function standingColumns(s: SuiteStanding, intervals?: Intervals, index?: IndexColumn): string[] {
  return [
    'Place',
    'Model',
    standingLabel(s),
    ...(hasIntervals(intervals) ? ['95 % interval'] : []),
    ...(s.method === 'benchmark' ? [] : ['Benchmarks entered']),
    ...(index ? ['Capability index (95 % interval)'] : []),
  ];
}

/** A row's cells after the place and model: the value, "0.41 to 0.57", and, but for a benchmark, "2 of 3". */
export function standingCells(s: SuiteStanding, e: StandingEntry, lang: string, intervals?: Intervals, index?: IndexColumn): string[] {
  const interval = intervals === 'pending' ? undefined : intervals?.get(e.model);
  return [
    standingValue(s, e.value, lang),
    ...(hasIntervals(intervals) ? [interval ? `${standingValue(s, interval[0], lang)} to ${standingValue(s, interval[1], lang)}` : intervals === 'pending' ? '…' : '—'] : []),
    ...(s.method === 'benchmark' ? [] : [`${e.entered} of ${s.counted.length}`]),
    ...(index ? [indexCell(index, e.model, lang)] : []),
  ];
}

/** How the intervals are made, in a sentence (null without any). */
export function intervalsSentence(s: SuiteStanding, intervals: Intervals): string | null {
  // None: say why, so that an overall without one is not read as exact.
  if (!hasIntervals(intervals)) {
    if (s.entries.length < 2) return null;
    if (s.method === 'benchmark') return 'No 95 % interval: its results state neither a standard error nor how many items each was scored on.';
    return 'No 95 % interval: one benchmark counts, and its results state no standard error.';
  }
  if (s.method === 'benchmark') return 'The 95 % interval is the benchmark’s own.';
  const noisy = s.counted.some((r) => r.rows.some((row) => row.error));
  return `The 95 % interval shows how much the overall could move with another draw of benchmarks like these (200 resamples of the ${s.counted.length} benchmarks${noisy ? ', each score also moved by its standard error' : ''}).`;
}

/** "A (2 of 6), B (1 of 6), and 12 more": models with how many of `of` benchmarks each ran, the first `shown`. */
export function countedNames(models: ReadonlyArray<{ name: string; ran: number }>, of: number, shown: number): string {
  const names = models.slice(0, shown).map((m) => `${m.name} (${m.ran} of ${of})`);
  const more = models.length - names.length;
  return `${names.join(', ')}${more > 0 ? `, and ${more.toLocaleString('en')} more` : ''}`;
}

/** The models below the coverage rule, most benchmarks first (null when none). */
export function apartText(s: SuiteStanding, shown = 30): string | null {
  if (s.apart.length === 0) return null;
  const names = countedNames(s.apart.map((e) => ({ name: e.model.name, ran: e.entered })), s.counted.length, shown);
  return `Not ranked, fewer than ${s.minimum} benchmarks entered: ${names}.`;
}

/** "b leads; the next place is 0.100 behind." (null without a second place). */
export function leadText(s: SuiteStanding, lang: string): string | null {
  const leaders = s.entries.filter((e) => e.place === 1);
  const next = s.entries.find((e) => e.place > 1);
  if (leaders.length === 0 || !next) return null;
  const margin = standingValue(s, Math.abs(leaders[0].value - next.value), lang);
  const unit = s.method === 'mean-rank' ? ' ranks' : s.method === 'borda' ? ' points' : '';
  return `${leaders.map((e) => e.model.name).join(' and ')} ${leaders.length > 1 ? 'share the lead' : 'leads'}; the next place is ${margin}${unit} behind.`;
}

/** What the overview across leaderboards says it is. */
export const ACROSS_NOTE =
  'Models placed in two or more of this feed’s leaderboards, by their mean place within the leaderboards they entered (lower is better); leaderboards measure different things, so this says only how a model places where it was tested.';

/** "GAIA: 3 of 32; USACO: 5 of 13" — a model's place in each leaderboard it entered, by `name`. */
export function placesText(entry: AcrossEntry, name: (suite: Suite | null) => string): string {
  return entry.places.map((p) => `${name(p.suite)}: ${p.place} of ${p.of}`).join('; ');
}
