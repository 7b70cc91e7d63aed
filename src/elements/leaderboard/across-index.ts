// The overview across leaderboards as a capability index (core acrossIndexScores, fitted by the
// index chunk's IndexFit in slices when the reader switches to it; both come with that chunk): mean places compare places
// among different fields; the index puts the leaderboards' scores on one scale, each leaderboard
// with its own difficulty, and says how sure it is.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { overallPlacer, type Suite, type SuiteStanding } from '../../core/index.js';
import { lazyPlaceholder } from '../../internal/lazy.js';
import type { RowWindow } from '../leaderboard-table/row-window.js';
import type { IndexFit } from './suite-index-view.js';
import { indexChunk } from './suite-overall.js';
import { suiteLabels } from './suite-labels.js';

export type AcrossStandings = ReadonlyArray<{ suite: Suite | null; standing: SuiteStanding }>;

export class AcrossIndex {
  /** Mean places or the capability index. */
  mode: 'places' | 'index' = 'places';
  #placeable = new WeakMap<AcrossStandings, number>();
  #fits = new WeakMap<AcrossStandings, IndexFit>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** How many leaderboards have an overall that is a score (the index is fitted over those). */
  #count(standings: AcrossStandings): number {
    let n = this.#placeable.get(standings);
    if (n === undefined) this.#placeable.set(standings, (n = standings.filter(({ standing }) => overallPlacer(standing)).length));
    return n;
  }

  /** True when the index is shown (the reader chose it, and two leaderboards or more have a score to place). */
  shown(standings: AcrossStandings): boolean {
    return this.mode === 'index' && this.#count(standings) >= 2;
  }

  /** The switch between mean places and the index (none under two leaderboards with a score). */
  renderSwitch(standings: AcrossStandings): TemplateResult | typeof nothing {
    if (this.#count(standings) < 2) return nothing;
    const choose = (mode: 'places' | 'index') => {
      this.mode = mode;
      this.host.requestUpdate();
    };
    const index = this.shown(standings);
    const { t } = suiteLabels(this.host);
    return html`<div class="switch" role="group" aria-label=${t.acrossView}>
      <button type="button" aria-pressed=${index ? 'false' : 'true'} @click=${() => choose('places')}>${t.meanPlace}</button>
      <button type="button" aria-pressed=${index ? 'true' : 'false'} @click=${() => choose('index')} @pointerenter=${indexChunk.prefetch} @focusin=${indexChunk.prefetch}>
        ${t.indexView}
      </button>
    </div>`;
  }

  /** The index, fitted in slices the first time it is shown for these standings. */
  render(standings: AcrossStandings, lang: string, window: RowWindow<object>): TemplateResult {
    const module = indexChunk.request(this.host);
    if (!module) return lazyPlaceholder(indexChunk, this.host, '20rem');
    let fit = this.#fits.get(standings);
    if (!fit) this.#fits.set(standings, (fit = module.acrossFit(standings, this.host)));
    return fit.render(lang, window);
  }
}
