// The table's extras (table-extras.ts: rank changes, the Filter, probe curves) as a chunk of its
// own, loaded after the table's first rows are drawn: at once when an older feed or facets are
// given, else when the page is idle.
import { html } from 'lit';
import { elementMessages } from '../../i18n/element-messages.js';
import { LazyChunk, whenIdle } from '../../internal/lazy.js';
import { detailsChunk } from './details-chunk.js';
import type { FmLeaderboardTable } from './leaderboard-table.component.js';

export const extrasChunk = new LazyChunk('rank changes and filter', () => import('./table-extras.js'));

/** Tables waiting for the page to be idle before their extras load (a set: one idle callback for all). */
const waiting = new Set<FmLeaderboardTable>();
let idleScheduled = false;

function scheduleIdle(): void {
  if (idleScheduled) return;
  idleScheduled = true;
  const run = (): void => {
    idleScheduled = false;
    const tables = [...waiting];
    waiting.clear();
    for (const table of tables) attach(table, false);
    // A row's details are likely next: here before a reader opens one.
    detailsChunk.prefetch();
  };
  whenIdle(run, 2000);
}

function attach(table: FmLeaderboardTable, asked: boolean): void {
  extrasChunk.get().then(
    (module) => module.attachExtras(table),
    () => {
      if (!asked) return; // nothing was asked of them: the table stays as it is
      table.extras = {
        toolbar: () => {
          const { t } = elementMessages(table);
          return html`<span class="extras-error" role="alert">${t.changesFailed} <button type="button" @click=${() => attach(table, true)}>${t.retry}</button></span>`;
        },
      };
    },
  );
}

/**
 * Loads the extras and attaches them to `table`. `asked`: an older feed or facets are given, so
 * load at once, and if the chunk fails say so in the toolbar with a retry; otherwise when idle.
 */
export function requestExtras(table: FmLeaderboardTable, asked: boolean): void {
  if (asked) return attach(table, true);
  waiting.add(table);
  scheduleIdle();
}

/** A table left the page before its extras came: it asks again if it comes back. */
export function forgetExtras(table: FmLeaderboardTable): boolean {
  return waiting.delete(table);
}
