// Cautions on what a row shows: its model's flags (every result of the model) and its ranked
// result's (contaminated, not reproducible, preliminary), each with its reason.
import type { RankedRow } from '../ranking/rank.js';
import type { Flag } from '../types.js';

/** The row's flags: the model's, then its ranked result's. */
export function rowFlags(row: Pick<RankedRow, 'model' | 'result'>): Flag[] {
  const model = row.model.card?.flags ?? [];
  const result = row.result.flags ?? [];
  return model.length === 0 ? result : result.length === 0 ? model : [...model, ...result];
}

/** "contaminated: test questions in the training data; preliminary: one run" (kinds with _ read as words). */
export function flagText(flags: readonly Flag[]): string {
  return flags.map((f) => `${f.kind.replace(/_/g, ' ')}: ${f.reason}`).join('; ');
}
