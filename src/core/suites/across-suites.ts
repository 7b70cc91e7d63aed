// The one overview across leaderboards that means something: models that appear in at least two
// suites, by their mean place within the suites they entered. Suites that share no models are
// never compared with each other.
import type { ResolvedModel } from '../hub.js';
import { compareText } from '../ranking/sort-keys.js';
import type { Suite } from '../types.js';
import type { SuiteStanding } from './suite-standing.js';

export interface AcrossEntry {
  place: number;
  /** The model as the first suite it appears in resolves it. */
  model: ResolvedModel;
  /** Mean of its places within the suites it entered (lower is better). */
  meanPlace: number;
  /** Each suite it entered, with its place there and how many were placed. */
  places: Array<{ suite: Suite | null; place: number; of: number }>;
}

/** Models placed in at least `minSuites` (default 2) of the given suite standings, best mean place first. */
export function acrossSuites(standings: ReadonlyArray<{ suite: Suite | null; standing: SuiteStanding }>, minSuites = 2): AcrossEntry[] {
  const byKey = new Map<string, AcrossEntry>();
  for (const { suite, standing } of standings) {
    for (const e of standing.entries) {
      const entry = byKey.get(e.model.key) ?? { place: 0, model: e.model, meanPlace: 0, places: [] };
      entry.places.push({ suite, place: e.place, of: standing.entries.length });
      byKey.set(e.model.key, entry);
    }
  }
  const entries = [...byKey.values()].filter((e) => e.places.length >= minSuites);
  for (const e of entries) e.meanPlace = e.places.reduce((sum, p) => sum + p.place, 0) / e.places.length;
  const order = (a: AcrossEntry, b: AcrossEntry) => a.meanPlace - b.meanPlace || b.places.length - a.places.length;
  entries.sort((a, b) => order(a, b) || compareText(a.model.name, b.model.name));
  entries.forEach((e, i) => (e.place = i > 0 && order(entries[i - 1], e) === 0 ? entries[i - 1].place : i + 1));
  return entries;
}
