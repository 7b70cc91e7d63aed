// The index chunk: a suite's capability index (core capabilitySteps), fitted when the reader
// switches to it, in slices of a few milliseconds so that the page never blocks (a suite of
// thousands of models takes a second or more), with how far it has come; then its table.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { acrossIndexScores, capabilitySteps, storedIndexFit, suiteIndexScores, type CapabilityIndex, type StoredIndex, type Suite, type SuiteIndexScores, type SuiteStanding } from '../../core/index.js';
import { INDEX_MIN_BENCHMARKS, indexCells, indexColumn, indexColumns, indexRows, indexSentence, noIndexText, type IndexRow } from '../../render/suite-index-text.js';
import type { IndexColumn } from '../../render/suite-text.js';
import type { RowWindow } from '../leaderboard-table/row-window.js';
import { scroller } from './leaderboard-overview.js';
import { placesTable } from './places-table.js';
import { formatNumber } from '../../internal/format.js';
import { suiteLabels } from './suite-labels.js';
import { runSlice } from '../../internal/slices.js';

const RESAMPLES = 200;

/** One suite's fit, as it goes. */
export class IndexFit {
  readonly data: SuiteIndexScores;
  /** The fit's steps (none when the feed's stored index is shown). */
  #steps: Generator<number, CapabilityIndex> | null = null;
  #done = 0;
  #result: { fit: CapabilityIndex; rows: IndexRow[]; column: IndexColumn } | null = null;
  #error: string | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * A suite's index (its standing), or one over other scores (the leaderboards of a feed); `stored`
   * the suite's index as the feed stores it, shown at once if it fits these scores.
   */
  constructor(
    of: SuiteStanding | SuiteIndexScores,
    private readonly host: ReactiveControllerHost,
    stored?: StoredIndex,
  ) {
    this.data = 'scores' in of ? of : suiteIndexScores(of);
    const fit = stored && storedIndexFit(stored, this.data, INDEX_MIN_BENCHMARKS);
    if (fit) {
      const rows = indexRows(this.data, fit);
      this.#result = { fit, rows, column: indexColumn(rows) };
      return;
    }
    this.#steps = capabilitySteps(this.data.scores, { bootstrap: RESAMPLES, minBenchmarks: INDEX_MIN_BENCHMARKS });
    this.#timer = setTimeout(() => this.#run());
  }

  #run(): void {
    // A hub taken out of the page stops fitting; drawn again, it goes on (see render).
    if ((this.host as Partial<Element>).isConnected === false) {
      this.#timer = undefined;
      return;
    }
    try {
      const step = runSlice(this.#steps!);
      if (step.done) {
        const rows = indexRows(this.data, step.value);
        this.#result = { fit: step.value, rows, column: indexColumn(rows) };
        this.host.requestUpdate();
        return;
      }
      this.#done = step.value;
    } catch (e) {
      this.#error = e instanceof Error ? e.message : String(e);
      this.host.requestUpdate();
      return;
    }
    this.host.requestUpdate();
    this.#timer = setTimeout(() => this.#run());
  }

  /** Goes on fitting after the hub was taken out of the page and put back. */
  #resume(): void {
    if (!this.#result && !this.#error && this.#timer === undefined) this.#timer = setTimeout(() => this.#run());
  }

  /** The overall table's column: each model's index, `pending` while fitted; none under two benchmarks or after an error. */
  get column(): IndexColumn | undefined {
    if (this.data.columns.length < INDEX_MIN_BENCHMARKS || this.#error) return undefined;
    this.#resume();
    return this.#result?.column ?? 'pending';
  }

  stop(): void {
    clearTimeout(this.#timer);
  }

  render(lang: string, window: RowWindow<object>): TemplateResult {
    const { unit, columns: counted } = this.data;
    const { t } = suiteLabels(this.host);
    const count = (v: number) => formatNumber(v, 0, lang);
    if (counted.length < INDEX_MIN_BENCHMARKS) {
      return html`<p role="status">${(unit === 'benchmark' ? t.indexNeedsBenchmarks : t.indexNeedsLeaderboards)(count(counted.length))}</p>`;
    }
    const columns = indexColumns(unit, t);
    if (this.#error) return html`<p role="alert">${t.indexFailed(this.#error)}</p>`;
    const sentence = html`<p class="muted">${indexSentence(counted.length, t, lang, unit)}</p>`;
    if (!this.#result) {
      this.#resume();
      return html`${sentence}<p role="status" aria-busy="true">${t.fitting(count(this.#done), count(RESAMPLES))}</p>`;
    }
    const { fit, rows } = this.#result;
    const left = noIndexText(this.data, fit, t, lang);
    const table = placesTable(window, t.capabilityIndex, columns, rows, (r) => ({ place: r.place, name: r.model.name, cells: indexCells(r, counted.length, lang, t) }));
    return html`${sentence}${scroller(rows.length, t.capabilityIndex, table)}${left ? html`<p class="muted apart">${left}</p>` : nothing}`;
  }
}

/** The index across the leaderboards of a feed, fitted as a suite's is. */
export function acrossFit(standings: ReadonlyArray<{ suite: Suite | null; standing: SuiteStanding }>, host: ReactiveControllerHost): IndexFit {
  return new IndexFit(acrossIndexScores(standings), host);
}
