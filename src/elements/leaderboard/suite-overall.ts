// A suite's overview in the hub: its overall as the suite declares it (core suiteStanding), the
// top three, the leader's margin, and the overall table, or the matrix of models × benchmarks
// (its own chunk, loaded when the reader switches to it).
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { overallIntervals, overallIntervalSteps, rankAll, rankMark, suiteIndexScores, suiteStanding, type BenchmarkRanking, type Hub, type StoredIndex, type SuiteStanding } from '../../core/index.js';
import { apartText, coverageSentence, intervalsSentence, leadText, standingCells, standingColumns, standingLabel, standingSentence, standingValue, type IndexColumn, type Intervals, type SuiteLabels } from '../../render/suite-text.js';
import { suiteLabels } from './suite-labels.js';
import { runSlice } from '../../internal/slices.js';
import { afterPaint } from '../../internal/after-paint.js';
import { LazyChunk, lazyPlaceholder } from '../../internal/lazy.js';
import type { RowWindow } from '../leaderboard-table/row-window.js';
import { heading, scroller } from './leaderboard-overview.js';
import { placesTable } from './places-table.js';
import type { IndexFit } from './suite-index-view.js';
import type { MatrixChoice } from './suite-matrix.js';

/** The suite's capability index as its feed stores it, unless a choice of results left some out. */
const storedOf = (hub: Hub): StoredIndex | undefined => (hub.filtered ? undefined : hub.suites[0]?.capability_index);

export const matrixChunk = new LazyChunk('matrix view', () => import('./suite-matrix.js'));
export const indexChunk = new LazyChunk('capability index', () => import('./suite-index-view.js'));

/** Ranked rows over a suite's benchmarks up to which its capability index is fitted for its column without being asked. */
const AT_ONCE = 5000;
/**
 * Ranked rows up to which an overall's intervals are worked out in the render itself; past it,
 * after the tables are drawn, in slices (the column shows "…" meanwhile), so that a large suite's
 * first table comes first and the page is never held for long.
 */
const INTERVALS_AT_ONCE = 1000;

export interface SuiteOverallView {
  hub: Hub;
  rankings: BenchmarkRanking[];
  level: number;
  lang: string;
  window: RowWindow<object>;
  anchorOf: (benchmarkId: string) => string;
}

/** The suite's overview; one per hub element, its state kept across renders. */
export class SuiteOverview {
  #standings = new WeakMap<Hub, SuiteStanding>();
  #intervals = new WeakMap<SuiteStanding, Intervals>();
  /** The overall last drawn: intervals being worked out for another are given up. */
  #shown: SuiteStanding | null = null;
  /** Ranking, matrix or capability index. */
  mode: 'ranking' | 'matrix' | 'index' = 'ranking';
  #fits = new WeakMap<SuiteStanding, IndexFit>();
  #canIndex = new WeakMap<SuiteStanding, boolean>();
  /** The matrix's choices (columns hidden, sort), kept while the reader switches back and forth. */
  matrix: MatrixChoice = { hidden: new Set(), sort: null };

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The overall of a suite's hub (once per hub; ranked here unless its rankings are given). */
  standing(hub: Hub, rankings?: BenchmarkRanking[]): SuiteStanding {
    let s = this.#standings.get(hub);
    if (!s) this.#standings.set(hub, (s = suiteStanding(hub.suites[0] ?? null, rankings ?? rankAll(hub))));
    return s;
  }

  /**
   * The overall's intervals, computed once for the suite shown: at once for a small suite; for a
   * large one (a quarter of a second of resampling on a slow machine) in slices after the tables
   * are drawn, given up if the reader moves to another suite first.
   */
  #intervalsOf(s: SuiteStanding): Intervals {
    const known = this.#intervals.get(s);
    if (known) return known;
    const rows = s.counted.reduce((n, r) => n + r.rows.length, 0);
    if (s.method === 'benchmark' || rows <= INTERVALS_AT_ONCE) {
      const intervals = overallIntervals(s);
      this.#intervals.set(s, intervals);
      return intervals;
    }
    this.#intervals.set(s, 'pending');
    const steps = overallIntervalSteps(s);
    const slice = () => {
      if (this.#shown !== s) return void this.#intervals.delete(s); // worked out again if shown again
      const step = runSlice(steps);
      if (!step.done) return void setTimeout(slice);
      this.#intervals.set(s, step.value);
      this.host.requestUpdate();
    };
    afterPaint(slice); // the tables are seen first
    return 'pending';
  }

  /** Whether a matrix has more than one column to show. */
  #hasMatrix(view: SuiteOverallView): boolean {
    return view.rankings.filter((r) => r.rows.length > 0).length > 1;
  }

  #choose(mode: 'ranking' | 'matrix' | 'index'): void {
    this.mode = mode;
    this.matrix = { hidden: new Set(), sort: null };
    this.host.requestUpdate();
  }

  render(view: SuiteOverallView): TemplateResult {
    const s = this.standing(view.hub, view.rankings);
    this.#shown = s;
    const matrix = this.mode === 'matrix' && this.#hasMatrix(view);
    const index = this.mode === 'index' && this.#hasMatrix(view);
    const intervals = this.#intervalsOf(s);
    const { t } = suiteLabels(this.host);
    const how = [standingSentence(s, t, view.lang), coverageSentence(s, t, view.lang), intervalsSentence(s, intervals, t, view.lang)].filter(Boolean).join(' ');
    return html`<section id="fm-overall" class="overall" part="overall" aria-labelledby="fm-overall-heading">
      ${heading(view.level, t.overallRanking, 'fm-overall-heading')}
      <p class="muted">${how}</p>
      ${this.#top(s, view.lang, t)}
      ${this.#hasMatrix(view)
        ? html`<div class="switch" role="group" aria-label=${t.overallViewSwitch} @pointerenter=${matrixChunk.prefetch} @focusin=${matrixChunk.prefetch}>
            <button type="button" aria-pressed=${matrix || index ? 'false' : 'true'} @click=${() => this.#choose('ranking')}>${t.rankingView}</button>
            <button type="button" aria-pressed=${matrix ? 'true' : 'false'} @click=${() => this.#choose('matrix')}>${t.matrixView}</button>
            <button type="button" aria-pressed=${index ? 'true' : 'false'} @click=${() => this.#choose('index')} @pointerenter=${indexChunk.prefetch} @focusin=${indexChunk.prefetch}>
              ${t.indexView}
            </button>
          </div>`
        : nothing}
      ${matrix ? this.#matrix(view, t) : index ? this.#index(s, view) : this.#ranking(s, view, t)}
    </section>`;
  }

  /** The top three places (ties share one) and the leader's margin over the next place. */
  #top(s: SuiteStanding, lang: string, t: SuiteLabels): TemplateResult | typeof nothing {
    const top = s.entries.filter((e) => e.place <= 3);
    if (top.length === 0) return nothing;
    const lead = leadText(s, lang, t);
    return html`<ol class="suite-top" aria-label=${t.topThree}>
        ${top.map((e) => html`<li><span aria-hidden="true">${rankMark(e.place)} </span><span class="visually-hidden">${e.place}. </span><strong>${e.model.name}</strong> <span class="muted">${standingValue(s, e.value, lang)}</span></li>`)}
      </ol>
      ${lead ? html`<p class="suite-margin">${lead}</p>` : nothing}`;
  }

  /** The overall table; for an overall that is one of the benchmarks, a link to its section's table. */
  #ranking(s: SuiteStanding, view: SuiteOverallView, t: SuiteLabels): TemplateResult {
    if (s.entries.length === 0) return html`<p role="status">${t.noResultYet}</p>`;
    if (s.overall) return html`<p><a href=${`#${view.anchorOf(s.overall.benchmark.id)}`}>${t.everyModelOn(s.overall.benchmark.name)}</a>${t.itsTableBelow}</p>`;
    const apart = apartText(s, t, view.lang);
    return html`${scroller(s.entries.length, t.overallRanking, this.#table(s, view, t))}${apart ? html`<p class="muted apart">${apart}</p>` : nothing}`;
  }

  /**
   * The capability index as a column: once fitted for this suite (the reader opened its view), or
   * fitted now, in slices, for a suite small enough (its column shows "…" until then).
   */
  #indexColumn(s: SuiteStanding, hub: Hub): IndexColumn | undefined {
    let fit = this.#fits.get(s);
    if (!fit) {
      const rows = s.counted.reduce((n, r) => n + r.rows.length, 0);
      if ((rows > AT_ONCE && !storedOf(hub)) || !this.#indexable(s)) return undefined;
      const module = indexChunk.request(this.host);
      if (!module) return 'pending';
      this.#fits.set(s, (fit = new module.IndexFit(s, this.host, storedOf(hub))));
    }
    return fit.column;
  }

  /** Whether two or more of the suite's benchmarks can be placed (worked out once per suite, not per render). */
  #indexable(s: SuiteStanding): boolean {
    let can = this.#canIndex.get(s);
    if (can === undefined) this.#canIndex.set(s, (can = suiteIndexScores(s).columns.length >= 2));
    return can;
  }

  #table(s: SuiteStanding, view: SuiteOverallView, t: SuiteLabels): TemplateResult {
    const intervals = this.#intervalsOf(s);
    const index = this.#indexColumn(s, view.hub);
    const columns = standingColumns(s, t, intervals, index);
    return placesTable(view.window, t.overallRankingOf(standingLabel(s, t)), columns, s.entries, (e) => ({
      place: e.place,
      name: e.model.name,
      cells: standingCells(s, e, view.lang, t, intervals, index),
    }));
  }

  /** The capability index, fitted in slices the first time it is shown for this suite. */
  #index(s: SuiteStanding, view: SuiteOverallView): TemplateResult {
    const module = indexChunk.request(this.host);
    if (!module) return lazyPlaceholder(indexChunk, this.host, '20rem');
    let fit = this.#fits.get(s);
    if (!fit) this.#fits.set(s, (fit = new module.IndexFit(s, this.host, storedOf(view.hub))));
    return fit.render(view.lang, view.window);
  }

  #matrix(view: SuiteOverallView, t: SuiteLabels): TemplateResult {
    const module = matrixChunk.request(this.host);
    if (!module) return lazyPlaceholder(matrixChunk, this.host, '20rem');
    return module.renderMatrix({
      t,
      rankings: view.rankings,
      overallId: this.standing(view.hub, view.rankings).overall?.benchmark.id ?? null,
      lang: view.lang,
      window: view.window,
      choice: this.matrix,
      onChoice: (choice) => {
        this.matrix = choice;
        this.host.requestUpdate();
      },
    });
  }
}
