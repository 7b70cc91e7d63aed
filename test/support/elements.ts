// Helpers for element tests: a table fixture per feed, plus the DOM helpers of ./dom.ts.
import { fixture, html } from '@open-wc/testing';
import type { Feed } from '../../src/core/index.js';
import '../../src/elements/leaderboard-table/leaderboard-table.js';
import type { FmLeaderboardTable } from '../../src/elements/leaderboard-table/leaderboard-table.js';

/** A table showing benchmark `b` of `feed`, after its first render. */
export async function tableFor(feed: Feed, benchmark = 'b'): Promise<FmLeaderboardTable> {
  const el = await fixture<FmLeaderboardTable>(html`<fm-leaderboard-table .feed=${feed} benchmark=${benchmark}></fm-leaderboard-table>`);
  await el.updateComplete;
  return el;
}

export * from './dom.js';
