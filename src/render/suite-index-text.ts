// A capability index as text (core suiteIndexScores or acrossIndexScores + capabilityIndex): what it is in a
// sentence, its rows best first, and the models it gives no index. The hub's index view draws it
// with lit, the static renderers as HTML or Markdown.
import { compareText, type CapabilityIndex, type ResolvedModel, type SuiteIndexScores } from '../core/index.js';
import type { SuiteMessages } from '../i18n/suite-messages.js';
import { formatNumber } from '../internal/text-format.js';
import { countedNames, indexNumber, type SuiteLabels } from './suite-text.js';

/** The fewest benchmarks a model must have run to get an index (as Epoch's Capabilities Index). */
export const INDEX_MIN_BENCHMARKS = 2;

export interface IndexRow {
  place: number;
  model: ResolvedModel;
  index: number;
  ci: [number, number] | null;
  entered: number;
}

/** What an index over `count` benchmarks (or leaderboards) is, in words a reader can follow. */
export function indexSentence(count: number, t: SuiteMessages, lang: string, unit: SuiteIndexScores['unit'] = 'benchmark'): string {
  return t.indexSentence(formatNumber(count, 0, lang), unit, formatNumber(INDEX_MIN_BENCHMARKS, 0, lang));
}

/** The models with an index, best first (equal values share a place). */
export function indexRows(data: SuiteIndexScores, fit: CapabilityIndex): IndexRow[] {
  const rows = data.models.flatMap((model, m) => (fit.index[m] === null ? [] : [{ place: 0, model, index: fit.index[m]!, ci: fit.ci[m], entered: fit.coverage[m] }]));
  rows.sort((a, b) => b.index - a.index || b.entered - a.entered);
  rows.forEach((r, i) => (r.place = i > 0 && rows[i - 1].index === r.index ? rows[i - 1].place : i + 1));
  return rows;
}

/** The index table's columns. */
export const indexColumns = (unit: SuiteIndexScores['unit'], t: SuiteLabels) => [t.placeColumn, t.model, t.capabilityIndex, t.interval95, unit === 'benchmark' ? t.benchmarksRun : t.leaderboardsEntered];

/** A row's cells after the place and model. */
export function indexCells(row: IndexRow, benchmarks: number, lang: string, t: SuiteLabels): string[] {
  const n = (v: number) => indexNumber(v, lang);
  return [n(row.index), row.ci ? t.valueRange(n(row.ci[0]), n(row.ci[1])) : '—', t.ofCount(formatNumber(row.entered, 0, lang), formatNumber(benchmarks, 0, lang))];
}

/** The index of each model given one, for the overall table's column. */
export function indexColumn(rows: readonly IndexRow[]): Map<ResolvedModel, { index: number; ci: [number, number] | null }> {
  return new Map(rows.map((r) => [r.model, { index: r.index, ci: r.ci }]));
}

/** The models given no index, with how many benchmarks they ran (null when none). */
export function noIndexText(data: SuiteIndexScores, fit: CapabilityIndex, t: SuiteLabels, lang: string, shown = 30): string | null {
  const left = data.models
    .flatMap((model, m) => (fit.index[m] === null ? [{ name: model.name, ran: fit.coverage[m] }] : []))
    .sort((a, b) => b.ran - a.ran || compareText(a.name, b.name));
  if (left.length === 0) return null;
  return t.noIndexFewer(formatNumber(INDEX_MIN_BENCHMARKS, 0, lang), data.unit, countedNames(left, data.columns.length, shown, t, lang));
}
