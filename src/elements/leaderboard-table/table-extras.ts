// What a chunk of its own adds to <fm-leaderboard-table>: rank changes against an older feed
// (`previous-src`, `.previousFeed`, or the `.previousRanking` <fm-leaderboard> passes), the facets
// in the toolbar, and the robustness probe curves in a row's details. The table loads it after
// its first rows are drawn (at once when an older feed or facets are given) and calls
// `attachExtras`; the table gets them through its `extras` property.
import { css, html, nothing, type ReactiveController } from 'lit';
import {
  changeMark,
  hasChoice,
  matchesFacets,
  modelFacets,
  rankBenchmark,
  rankChanges,
  type BenchmarkRanking,
  type Facet,
  type FacetSelection,
  type Hub,
  type RankChange,
  type RankedRow,
} from '../../core/index.js';
import { FeedController, problemLine } from '../../controllers/feed-controller.js';
import type { FmFilterChangeDetail } from '../../events/fm-filter-change.js';
import { renderFacets, withFacet } from '../../internal/facet-bar.js';
import { enChanges, type ChangeMessages } from '../../i18n/change-messages.js';
import { elementMessages, withPart } from '../../i18n/element-messages.js';
import { facetStyles } from '../../internal/facet-bar.styles.js';
import { formatDate } from '../../internal/format.js';
import { lazyPlaceholder } from '../../internal/lazy.js';
import { chartChunk } from '../score-distribution/chart-chunk.js';
import type { FmLeaderboardTable } from './leaderboard-table.component.js';
import type { TableContext, TableExtras } from './table-columns.js';

const NO_FACETS: FacetSelection = {};

/** Where the previous ranking comes from, and whether it could be read. */
type PreviousState = { ranking: BenchmarkRanking; from?: 'feed'; date?: string } | { error: string } | null;

class TableExtrasController implements ReactiveController {
  readonly #previousFeed: FeedController;
  #source: [unknown, unknown] = [undefined, undefined];
  #previous: { hub: Hub; id: string; ranking: BenchmarkRanking } | null = null;
  #facets: { ranking: BenchmarkRanking; facets: Facet[] } | null = null;
  /** The inputs of the extras last given, to give new ones only when one changed. */
  #inputs: unknown[] = [];
  #probeRankings = new WeakMap<RankedRow, BenchmarkRanking>();

  constructor(private readonly host: FmLeaderboardTable) {
    host.addController(this);
    this.#previousFeed = new FeedController(host);
  }

  // After the table's update: the extras change its rows, so a change here asks for one more
  // update (only when an input changed: a new feed, previous feed or facet choice).
  hostUpdated(): void {
    const host = this.host;
    if (host.previousSrc !== this.#source[0] || host.previousFeed !== this.#source[1]) {
      this.#source = [host.previousSrc, host.previousFeed];
      this.#previousFeed.maxBytes = host.maxFeedBytes;
      this.#previousFeed.set({ src: host.previousSrc, feed: host.previousFeed });
    }
    const ranking = host.currentRanking;
    if (!ranking) return; // loading, or an error the table shows
    const previous = this.#previousState(ranking);
    const facets = this.#modelFacets(ranking);
    const selection = host.facets ?? NO_FACETS;
    // The previous state by what it holds (a new object each time): its ranking or its message.
    const inputs = [ranking, previous && ('ranking' in previous ? previous.ranking : previous.error), facets, selection, host.theme];
    if (inputs.every((v, i) => v === this.#inputs[i])) return;
    this.#inputs = inputs;
    const byModel = previous && 'ranking' in previous ? rankChanges(ranking, previous.ranking).byModel : null;
    const extras: TableExtras = {
      rankNote: byModel ? (row) => renderChange(byModel.get(row.model.key), changeLabels(host)) : undefined,
      keep: hasChoice(selection) ? (row) => matchesFacets(row.model, selection) : undefined,
      toolbar: () =>
        html`${renderFacets({
          facets,
          selection,
          inToolbar: true,
          t: elementMessages(host).t,
          onChange: (facet, value, on) => this.#choose(withFacet(selection, facet, value, on)),
          onClear: () => this.#choose({}),
        })}${renderPrevious(previous, host)}`,
      probes: (row, ctx) => this.#probeChart(row, ctx),
    };
    host.extras = extras;
  }

  #previousState(ranking: BenchmarkRanking): PreviousState {
    const given = this.host.previousRanking;
    if (given) return { ranking: given };
    const state = this.#previousFeed.state;
    if (state.status === 'error') {
      const t = changeLabels(this.host);
      return { error: t.noRankChanges(problemLine(state, t)) };
    }
    if (state.status !== 'ready') return null;
    const id = ranking.benchmark.id;
    if (this.#previous?.hub !== state.hub || this.#previous.id !== id) this.#previous = { hub: state.hub, id, ranking: rankBenchmark(state.hub, id) };
    return { ranking: this.#previous.ranking, from: 'feed', date: state.hub.feed.generated };
  }

  #modelFacets(ranking: BenchmarkRanking): Facet[] {
    if (this.#facets?.ranking !== ranking) this.#facets = { ranking, facets: modelFacets(ranking.rows.map((r) => r.model)) };
    return this.#facets.facets;
  }

  #choose(selection: FacetSelection): void {
    const host = this.host;
    host.facets = selection;
    host.dispatchEvent(
      new CustomEvent<FmFilterChangeDetail>('fm-filter-change', {
        detail: { query: host.query, hideBaselines: host.hideBaselines, facets: selection },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** The row's probe curves, drawn by <fm-score-distribution kind="probes"> from a ranking of that row alone. */
  #probeChart(row: RankedRow, ctx: TableContext): unknown {
    if (!chartChunk.request(this.host)) return lazyPlaceholder(chartChunk, this.host, '22rem');
    let ranking = this.#probeRankings.get(row);
    if (!ranking) this.#probeRankings.set(row, (ranking = { ...ctx.ranking, rows: [row] }));
    return html`<fm-score-distribution kind="probes" .hub=${ctx.hub} .ranking=${ranking} benchmark=${ctx.ranking.benchmark.id} theme=${this.host.theme ?? nothing}></fm-score-distribution>`;
  }
}

/** The shared labels with the rank changes' own, in the table's language. */
const changeLabels = (host: FmLeaderboardTable) => withPart(host, enChanges, (zh) => zh.zhCNChanges).t;

/** "▲2" under the rank, its words for a screen reader ("up 2 from rank 5"). */
function renderChange(change: RankChange | undefined, t: ChangeMessages): unknown {
  if (!change) return nothing;
  const mark = change.previous === null ? t.newMark : changeMark(change);
  const words = t.rankChange(change.moved, change.previous, change.real === false);
  return html`<span class="move ${change.previous === null ? 'new' : ''}" title=${words}
    >${mark ? html`<span aria-hidden="true">${mark}</span>` : nothing}<span class="visually-hidden">, ${words}</span></span
  >`;
}

/** In the toolbar: since when rows moved, or why they cannot say. */
function renderPrevious(previous: PreviousState, host: FmLeaderboardTable): unknown {
  if (!previous) return nothing;
  if ('error' in previous) return html`<span class="previous error" role="alert">${previous.error}</span>`;
  // A ranking handed in (by <fm-leaderboard>, whose header says since when) has no feed to date.
  if (!previous.from) return nothing;
  const { lang, t } = withPart(host, enChanges, (zh) => zh.zhCNChanges);
  return html`<span class="previous">${t.rankChangesSince(previous.date ? formatDate(previous.date, lang) : null)}</span>`;
}

const extraStyles = css`
  .move {
    display: block;
    font-size: 0.8em;
    color: var(--_fm-text-muted);
    white-space: nowrap;
  }
  .move.new {
    font-style: italic;
  }
  .previous {
    font-size: 0.875em;
    color: var(--_fm-text-muted);
  }
  .previous.error {
    color: var(--_fm-danger);
  }
`;

/** Gives `table` its extras (once): their styles in its shadow root, and the controller that computes them. */
export function attachExtras(table: FmLeaderboardTable): void {
  const root = table.shadowRoot;
  if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, facetStyles.styleSheet!, extraStyles.styleSheet!];
  new TableExtrasController(table);
  table.requestUpdate();
}
