// The rank changes' part of the message catalogue (see messages.ts): how each row moved against
// an older feed, and what changed since then under the hub's header. It comes with the code that
// compares the two feeds (the table's extras, the hub's changes).
import { plural } from './plural.js';

export const enChanges = {
  // In a table: each row's move and since when
  rankChange: (moved: number, from: number | null, withinNoise: boolean) =>
    from === null ? 'new' : moved === 0 ? 'unchanged' : `${moved > 0 ? 'up' : 'down'} ${Math.abs(moved)} from rank ${from}${withinNoise ? ', within the noise' : ''}`,
  newMark: 'new',
  rankChangesSince: (date: string | null) => `Rank changes since ${date ?? 'the previous feed'}`,
  noRankChanges: (problem: string) => `No rank changes: ${problem}.`,
  // Under the hub's header: what changed
  sinceWhen: (date: string | null) => date ?? 'the previous feed',
  newModels: (count: string, n: number, names: string) => `${plural(count, n, 'new model', 'new models')} (${names})`,
  newLeaders: (count: string, n: number, leaders: string) => `${plural(count, n, 'new leader', 'new leaders')} (${leaders})`,
  leaderOn: (models: string, benchmark: string) => `${models} on ${benchmark}`,
  ranksMoved: (count: string, n: number) => `${plural(count, n, 'rank', 'ranks')} moved`,
  movesWithinNoise: (count: string, n: number) => `${plural(count, n, 'move', 'moves')} within the noise, not counted as real (≈)`,
  noLongerRanked: (count: string, n: number, names: string) => `${plural(count, n, 'model', 'models')} no longer ranked (${names})`,
  changesSince: (since: string, changes: string[], noise: boolean) =>
    `Since ${since}: ${changes.join(', ')}. Each table shows how ranks moved (▲ up, ▼ down${noise ? ', ≈ within the noise' : ''}).`,
  andMoreNamed: (names: string, more: string) => `${names} and ${more} more`,
  noChangeSince: (since: string) => `No rank changed since ${since}.`,
};

export type ChangeMessages = typeof enChanges;
