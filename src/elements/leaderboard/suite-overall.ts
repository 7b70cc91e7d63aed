// A suite's overview in the hub: its overall as the suite declares it (core suiteStanding), the
// top three, the leader's margin, and the overall table, or the matrix of models × benchmarks
// (its own chunk, loaded when the reader switches to it).
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { rankAll, rankMark, standingLabel, standingSentence, suiteStanding, type BenchmarkRanking, type Hub, type StandingEntry, type SuiteStanding } from '../../core/index.js';
import { formatNumber } from '../../internal/format.js';
import { LazyChunk, lazyPlaceholder } from '../../internal/lazy.js';
import type { RowWindow } from '../leaderboard-table/row-window.js';
import { heading, nameCell, scroller, windowedRows } from './leaderboard-overview.js';
import type { MatrixChoice } from './suite-matrix.js';

export const matrixChunk = new LazyChunk('matrix view', () => import('./suite-matrix.js'));

export interface SuiteOverallView {
  hub: Hub;
  rankings: BenchmarkRanking[];
  level: number;
  lang: string;
  window: RowWindow<object>;
  anchorOf: (benchmarkId: string) => string;
}

/** Decimals of an overall's value: the benchmark's own, else what the method's scale needs. */
function decimals(s: SuiteStanding): number {
  if (s.method === 'benchmark') return s.overall?.primary?.definition.decimals ?? 4;
  return s.method === 'mean' ? 3 : s.method === 'borda' ? 0 : 2;
}

/** The suite's overview; one per hub element, its state kept across renders. */
export class SuiteOverview {
  #standings = new WeakMap<Hub, SuiteStanding>();
  /** Ranking or matrix. */
  mode: 'ranking' | 'matrix' = 'ranking';
  /** The matrix's choices (columns hidden, sort), kept while the reader switches back and forth. */
  matrix: MatrixChoice = { hidden: new Set(), sort: null };

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The overall of a suite's hub (once per hub; ranked here unless its rankings are given). */
  standing(hub: Hub, rankings?: BenchmarkRanking[]): SuiteStanding {
    let s = this.#standings.get(hub);
    if (!s) this.#standings.set(hub, (s = suiteStanding(hub.suites[0] ?? null, rankings ?? rankAll(hub))));
    return s;
  }

  /** Whether a matrix has more than one column to show. */
  #hasMatrix(view: SuiteOverallView): boolean {
    return view.rankings.filter((r) => r.rows.length > 0).length > 1;
  }

  #choose(mode: 'ranking' | 'matrix'): void {
    this.mode = mode;
    this.matrix = { hidden: new Set(), sort: null };
    this.host.requestUpdate();
  }

  render(view: SuiteOverallView): TemplateResult {
    const s = this.standing(view.hub, view.rankings);
    const matrix = this.mode === 'matrix' && this.#hasMatrix(view);
    const digits = decimals(s);
    const value = (e: StandingEntry) => formatNumber(e.value, digits, view.lang);
    return html`<section id="fm-overall" class="overall" part="overall" aria-labelledby="fm-overall-heading">
      ${heading(view.level, 'Overall ranking', 'fm-overall-heading')}
      <p class="muted">${standingSentence(s)}</p>
      ${this.#top(s, value)}
      ${this.#hasMatrix(view)
        ? html`<div class="switch" role="group" aria-label="Overall view" @pointerenter=${matrixChunk.prefetch} @focusin=${matrixChunk.prefetch}>
            <button type="button" aria-pressed=${matrix ? 'false' : 'true'} @click=${() => this.#choose('ranking')}>Ranking</button>
            <button type="button" aria-pressed=${matrix ? 'true' : 'false'} @click=${() => this.#choose('matrix')}>Matrix: every benchmark</button>
          </div>`
        : nothing}
      ${matrix ? this.#matrix(view) : this.#ranking(s, view, value)}
    </section>`;
  }

  /** The top three places (ties share one) and the leader's margin over the next place. */
  #top(s: SuiteStanding, value: (e: StandingEntry) => string): TemplateResult | typeof nothing {
    const top = s.entries.filter((e) => e.place <= 3);
    if (top.length === 0) return nothing;
    const leaders = s.entries.filter((e) => e.place === 1);
    const next = s.entries.find((e) => e.place > 1);
    const margin = next ? Math.abs(leaders[0].value - next.value) : null;
    return html`<ol class="suite-top" aria-label="Top three">
        ${top.map((e) => html`<li><span aria-hidden="true">${rankMark(e.place)} </span><span class="visually-hidden">${e.place}. </span><strong>${e.model.name}</strong> <span class="muted">${value(e)}</span></li>`)}
      </ol>
      ${next && margin !== null
        ? html`<p class="suite-margin">${leaders.map((e) => e.model.name).join(' and ')} ${leaders.length > 1 ? 'share the lead' : 'leads'}; the next place is ${value({ ...next, value: margin })} ${s.method === 'mean-rank' ? 'places' : 'behind'}.</p>`
        : nothing}`;
  }

  /** The overall table; for an overall that is one of the benchmarks, a link to its section's table. */
  #ranking(s: SuiteStanding, view: SuiteOverallView, value: (e: StandingEntry) => string): TemplateResult {
    if (s.entries.length === 0) return html`<p role="status">No model has a result here yet.</p>`;
    if (s.overall) return html`<p><a href=${`#${view.anchorOf(s.overall.benchmark.id)}`}>Every model on ${s.overall.benchmark.name}</a>: its table below.</p>`;
    return scroller(s.entries.length, 'Overall ranking', this.#table(s, view, value));
  }

  #table(s: SuiteStanding, view: SuiteOverallView, value: (e: StandingEntry) => string): TemplateResult {
    const counts = s.method !== 'benchmark';
    return html`<table part="overall-table" aria-rowcount=${s.entries.length + 1}>
      <caption class="visually-hidden">Overall ranking: ${standingLabel(s)}</caption>
      <thead>
        <tr>
          <th scope="col">Place</th>
          <th scope="col">Model</th>
          <th scope="col" class="num">${standingLabel(s)}</th>
          ${counts ? html`<th scope="col" class="num">Benchmarks entered</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${windowedRows(
          view.window,
          s.entries,
          counts ? 4 : 3,
          (e) => html`<td>${e.place <= 10 ? html`<span class=${e.place > 3 ? 'mark minor' : 'mark'} aria-hidden="true">${rankMark(e.place)} </span>` : nothing}${e.place}</td>
            <th scope="row">${nameCell(e.model.name)}</th>
            <td class="num">${value(e)}</td>
            ${counts ? html`<td class="num">${e.entered} of ${s.counted.length}</td>` : nothing}`,
        )}
      </tbody>
    </table>`;
  }

  #matrix(view: SuiteOverallView): TemplateResult {
    const module = matrixChunk.request(this.host);
    if (!module) return lazyPlaceholder(matrixChunk, this.host, '20rem');
    return module.renderMatrix({
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
