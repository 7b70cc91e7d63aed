// A capability index as text (core suiteIndexScores or acrossIndexScores + capabilityIndex): what it is in a
// sentence, its rows best first, and the models it gives no index. The hub's index view draws it
// with lit, the static renderers as HTML or Markdown.
import { compareText, type CapabilityIndex, type ResolvedModel, type SuiteIndexScores } from '../core/index.js';
import { countedNames, indexNumber } from './suite-text.js';

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
export function indexSentence(count: number, unit: SuiteIndexScores['unit'] = 'benchmark'): string {
  const over = unit === 'benchmark' ? `the ${count} benchmarks` : `the overall scores of the ${count} leaderboards`;
  const each = unit === 'benchmark' ? 'benchmark' : 'leaderboard';
  return (
    `A capability index: one number per model, fitted over ${over} with an item-response model in which each ${each} has its own difficulty and discrimination, so that a model is not rewarded for running only the easier ${each}s. ` +
    `0 is the average model and higher is more capable; a gap between two models means the same on easy and hard ${each}s. ` +
    `The 95 % interval comes from 200 resamples of the ${each}s and is wider for a model that ran fewer; a model that ran fewer than ${INDEX_MIN_BENCHMARKS} has no index.`
  );
}

/** The models with an index, best first (equal values share a place). */
export function indexRows(data: SuiteIndexScores, fit: CapabilityIndex): IndexRow[] {
  const rows = data.models.flatMap((model, m) => (fit.index[m] === null ? [] : [{ place: 0, model, index: fit.index[m]!, ci: fit.ci[m], entered: fit.coverage[m] }]));
  rows.sort((a, b) => b.index - a.index || b.entered - a.entered);
  rows.forEach((r, i) => (r.place = i > 0 && rows[i - 1].index === r.index ? rows[i - 1].place : i + 1));
  return rows;
}

/** The index table's columns. */
export const indexColumns = (unit: SuiteIndexScores['unit']) => ['Place', 'Model', 'Capability index', '95 % interval', unit === 'benchmark' ? 'Benchmarks run' : 'Leaderboards entered'];

/** A row's cells after the place and model. */
export function indexCells(row: IndexRow, benchmarks: number, lang: string): string[] {
  const n = (v: number) => indexNumber(v, lang);
  return [n(row.index), row.ci ? `${n(row.ci[0])} to ${n(row.ci[1])}` : '—', `${row.entered} of ${benchmarks}`];
}

/** The index of each model given one, for the overall table's column. */
export function indexColumn(rows: readonly IndexRow[]): Map<ResolvedModel, { index: number; ci: [number, number] | null }> {
  return new Map(rows.map((r) => [r.model, { index: r.index, ci: r.ci }]));
}

/** The models given no index, with how many benchmarks they ran (null when none). */
export function noIndexText(data: SuiteIndexScores, fit: CapabilityIndex, shown = 30): string | null {
  const left = data.models
    .flatMap((model, m) => (fit.index[m] === null ? [{ name: model.name, ran: fit.coverage[m] }] : []))
    .sort((a, b) => b.ran - a.ran || compareText(a.name, b.name));
  if (left.length === 0) return null;
  const what = data.unit === 'benchmark' ? 'benchmarks run' : 'leaderboards entered';
  return `No index, fewer than ${INDEX_MIN_BENCHMARKS} ${what}: ${countedNames(left, data.columns.length, shown)}.`;
}
