// How a benchmark's ranking moved since an older feed: each model's old rank, the models new to
// it, the ones no longer ranked; and for a whole hub, new models and new leaders. Models are matched by identity
// (case-folded id), through the aliases and spellings of either feed, so a model renamed with
// its old id kept as an alias keeps its history.
import { modelKey } from '../identity.js';
import type { ResolvedModel } from '../hub.js';
import type { BenchmarkRanking, RankedRow } from './rank.js';

export interface RankChange {
  /** The model's rank in the older feed; null when it was not ranked there ("new"). */
  previous: number | null;
  /** Places climbed: positive moved up, negative down, 0 unchanged (and for a new model). */
  moved: number;
  /**
   * Whether the data supports the move: false when the old rank is among the ranks of the models
   * it is statistically tied with now (the move is within the noise); null without standard errors.
   */
  real: boolean | null;
}

export interface RankChanges {
  /** By the current model's identity key. */
  byModel: Map<string, RankChange>;
  /** Ranked now, not in the older ranking. */
  added: ResolvedModel[];
  /** Ranked in the older feed, not now (in the older feed's names). */
  dropped: ResolvedModel[];
}

/** Every name a model goes by (identity keys): its id, its card's aliases, the spellings its results use. */
function identities(model: ResolvedModel): string[] {
  // Once per model, not once per benchmark it entered (a public leaderboard: 4,500 models × 6).
  let names = namesOf.get(model);
  if (!names) {
    names = [model.key];
    for (const name of [...(model.card?.aliases ?? []), ...model.spellings]) {
      const key = modelKey(name);
      if (!names.includes(key)) names.push(key);
    }
    namesOf.set(model, names);
  }
  return names;
}
const namesOf = new WeakMap<ResolvedModel, string[]>();

/**
 * Movement of each row of `current` against `previous`, the same benchmark ranked on an older feed.
 * Once per pair of rankings: the hub's summary and the benchmark's table ask for the same pair.
 */
export function rankChanges(current: BenchmarkRanking, previous: BenchmarkRanking): RankChanges {
  let byPrevious = computed.get(current);
  if (!byPrevious) computed.set(current, (byPrevious = new WeakMap()));
  let changes = byPrevious.get(previous);
  if (!changes) byPrevious.set(previous, (changes = compare(current, previous)));
  return changes;
}
const computed = new WeakMap<BenchmarkRanking, WeakMap<BenchmarkRanking, RankChanges>>();

function compare(current: BenchmarkRanking, previous: BenchmarkRanking): RankChanges {
  // Any name of a current model → that model's row.
  const rowByName = new Map<string, RankedRow>();
  for (const row of current.rows) for (const name of identities(row.model)) if (!rowByName.has(name)) rowByName.set(name, row);

  const previousRank = new Map<string, number>();
  const dropped: ResolvedModel[] = [];
  for (const old of previous.rows) {
    let match: RankedRow | undefined;
    for (const name of identities(old.model)) if ((match = rowByName.get(name))) break;
    // Two old rows (a model and its later alias) may find one current model: the better rank counts.
    if (!match) dropped.push(old.model);
    else if (!previousRank.has(match.model.key)) previousRank.set(match.model.key, old.rank);
  }

  const byModel = new Map<string, RankChange>();
  const added: ResolvedModel[] = [];
  const tiedRanks = tiedRankRanges(current.rows);
  for (const row of current.rows) {
    const before = previousRank.get(row.model.key) ?? null;
    const range = tiedRanks.get(row);
    const real = before === null || before === row.rank || !range ? null : before < range[0] || before > range[1];
    byModel.set(row.model.key, { previous: before, moved: before === null ? 0 : before - row.rank, real });
    if (before === null) added.push(row.model);
  }
  return { byModel, added, dropped };
}

/**
 * For each row with a tie group, the best and worst rank among the rows it shares a group with
 * (itself included): the ranks the data cannot tell it from. Groups are runs in rank order, so
 * those rows are consecutive: found in one pass.
 */
function tiedRankRanges(rows: readonly RankedRow[]): Map<RankedRow, [number, number]> {
  const firstRank = new Map<number, number>(); // group index → best rank of a row in it
  const lastRank = new Map<number, number>();
  for (const row of rows) {
    if (!row.group) continue;
    for (let g = row.group.first; g <= row.group.last; g++) {
      if (!firstRank.has(g)) firstRank.set(g, row.rank);
      lastRank.set(g, row.rank);
    }
  }
  const ranges = new Map<RankedRow, [number, number]>();
  for (const row of rows) if (row.group) ranges.set(row, [firstRank.get(row.group.first)!, lastRank.get(row.group.last)!]);
  return ranges;
}

/** "▲2", "▼1", "new", "≈" for a move within the noise, or "" when unchanged: the short mark a table row shows. */
export function changeMark(change: RankChange): string {
  if (change.previous === null) return 'new';
  if (change.real === false) return '≈';
  return change.moved > 0 ? `▲${change.moved}` : change.moved < 0 ? `▼${-change.moved}` : '';
}

/** The words for a screen reader: "up 2 from rank 5", "down 1 from rank 3", "new", "unchanged", "from rank 4, within the noise". */
export function changeText(change: RankChange): string {
  if (change.previous === null) return 'new';
  if (change.moved === 0) return 'unchanged';
  if (change.real === false) return `${change.moved > 0 ? 'up' : 'down'} ${Math.abs(change.moved)} from rank ${change.previous}, within the noise`;
  return `${change.moved > 0 ? 'up' : 'down'} ${Math.abs(change.moved)} from rank ${change.previous}`;
}

export interface HubChanges {
  /** Models ranked now on some benchmark, no name of which was ranked anywhere before. */
  newModels: ResolvedModel[];
  /** Benchmarks ranked before whose leaders now were not their leaders then. */
  newLeaders: Array<{ benchmark: string; models: ResolvedModel[] }>;
  /** Models ranked before on some benchmark that are ranked nowhere now (in the older feed's names). */
  dropped: ResolvedModel[];
  /** Rows, over all benchmarks, of models ranked before that moved up or down (not within the noise). */
  moved: number;
  /** Rows that moved, but within the noise (their old rank is among the ranks they are tied with now). */
  withinNoise: number;
}

/** Everything ranked in these rankings, and all the names it goes by. */
function entered(rankings: readonly BenchmarkRanking[]): { models: ResolvedModel[]; names: Set<string> } {
  const models = [...new Set(rankings.flatMap((r) => r.rows.map((row) => row.model)))];
  return { models, names: new Set(models.flatMap(identities)) };
}

/** What changed in the whole hub since an older feed (each benchmark matched by id, each model by any name). */
export function hubChanges(current: readonly BenchmarkRanking[], previous: readonly BenchmarkRanking[]): HubChanges {
  const previousById = new Map(previous.map((r) => [r.benchmark.id, r]));
  const newLeaders: HubChanges['newLeaders'] = [];
  let moved = 0;
  let withinNoise = 0;
  for (const ranking of current) {
    const before = previousById.get(ranking.benchmark.id);
    if (!before || before.rows.length === 0) continue;
    for (const change of rankChanges(ranking, before).byModel.values()) {
      if (change.moved !== 0 && change.real === false) withinNoise++;
      else if (change.moved !== 0) moved++;
    }
    const leadersBefore = new Set(before.rows.filter((row) => row.rank === 1).flatMap((row) => identities(row.model)));
    const models = ranking.rows.filter((row) => row.rank === 1 && !identities(row.model).some((name) => leadersBefore.has(name))).map((row) => row.model);
    if (models.length > 0) newLeaders.push({ benchmark: ranking.benchmark.name, models });
  }
  const now = entered(current);
  const before = entered(previous);
  return {
    newModels: now.models.filter((m) => !identities(m).some((name) => before.names.has(name))),
    newLeaders,
    dropped: before.models.filter((m) => !identities(m).some((name) => now.names.has(name))),
    moved,
    withinNoise,
  };
}
