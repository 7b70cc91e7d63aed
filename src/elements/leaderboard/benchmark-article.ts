// A benchmark's article in the hub, which the hub draws itself: its heading, and the room its
// section will take. What fills it (podium, table, quick comparison, chart, scoring rules) is the
// sections chunk, leaderboard-benchmark.ts, loaded as the first section nears the viewport (a
// hub's first screen is its header and overall table), at once for a hub of one benchmark or a
// link to a section, and when the page is idle.
import { html, nothing, type TemplateResult } from 'lit';
import type { BenchmarkRanking, Grouping, Hub } from '../../core/index.js';
import { modalityAnchor } from '../../render/outline.js';
import { cssProps } from '../../internal/css-props.js';
import type { HubLabels } from '../../i18n/hub-messages.js';
import { formatNumber } from '../../internal/format.js';
import { LazyChunk, lazyPlaceholder } from '../../internal/lazy.js';
import { VIRTUALIZE_FROM } from '../leaderboard-table/row-window.js';
import { explainerChunk } from '../metric-explainer/explainer-chunk.js';
import { heading } from './leaderboard-overview.js';
import type { TableView } from './url-state.js';

/**
 * The chart a section shows: the score distribution, score against size, score against a metric
 * the runs report (`x:cost_usd`, the cost of a run), score over time, or the robustness probes.
 */
export type ChartKind = 'scores' | 'tradeoff' | `x:${string}` | 'history' | 'probes';

export const sectionsChunk = new LazyChunk('benchmark sections', () => import('./leaderboard-benchmark.js'));

export interface BenchmarkBlockView {
  /** The hub element: it updates when a part loaded on demand (the chart) arrives. */
  host: { requestUpdate(): void };
  hub: Hub;
  lang: string;
  /** The hub's labels in `lang`. */
  t: HubLabels;
  level: number;
  anchor: string;
  /** The table's initial view, read from the URL once per feed (sync-url); a stable object. */
  tableView: TableView | undefined;
  /** The ranking the table shows: the hub's facets may leave rows out (ranks unchanged). */
  tableRanking?: BenchmarkRanking;
  /** The same benchmark ranked on an older feed: the table marks how each row moved. */
  previousRanking?: BenchmarkRanking;
  /** Passed to every part, which otherwise follows the system's scheme. */
  theme: 'light' | 'dark' | 'auto' | undefined;
  /** Not drawn yet (a large feed draws its sections a few at a time): the heading and a note. */
  pending?: boolean;
  /** Row count past which the table is windowed (a large hub windows them all); the table's default when undefined. */
  windowFrom?: number;
  /** The browser's find-in-page found text of this section while it was pending: draw it. */
  onFound?: () => void;
  /** Add the rows the page does not draw as find-in-page text (see SectionSchedule.findable). */
  findable?: boolean;
  /** The chart shown: the score distribution, score against size, score over time, or the robustness probes. */
  chartKind?: ChartKind;
  onChartKind?: (kind: ChartKind) => void;
}

/**
 * About the height of the drawn section (a windowed table's viewport, or its rows, with the
 * podium, chart and notes): what a pending section reserves, and what the browser assumes for a
 * section it has not laid out yet (content-visibility), so that the page does not jump.
 */
function sectionHeight(ranking: BenchmarkRanking, windowed: boolean): string {
  const rows = ranking.rows.length;
  if (rows === 0) return '10rem';
  if (windowed) return 'calc(var(--fm-table-max-height, 70vh) + 50rem)';
  return `${6 + 3 * rows + (rows >= 3 ? 14 : 0) + 30}rem`;
}

/** The chunk a section's article waits for as it nears the viewport (its data-lazy), if any. */
function awaited(drawn: boolean): string | typeof nothing {
  if (!sectionsChunk.value) return sectionsChunk.label;
  return drawn && !explainerChunk.value ? explainerChunk.label : nothing;
}

export function renderBenchmark(ranking: BenchmarkRanking, view: BenchmarkBlockView): TemplateResult {
  const b = ranking.benchmark;
  const rows = ranking.rows.length;
  const windowed = rows > (view.windowFrom ?? VIRTUALIZE_FROM);
  const sections = sectionsChunk.value;
  const drawn = !!sections && !view.pending;
  // One template, pending or drawn, so that the find-in-page blocks stay the same nodes when a
  // block the browser found draws its section (the browser then scrolls to them).
  return html`<article
    class=${drawn ? 'benchmark' : 'benchmark pending'}
    part="benchmark"
    id=${view.anchor}
    data-benchmark=${b.id}
    aria-labelledby=${`${view.anchor}-heading`}
    aria-busy=${drawn ? nothing : 'true'}
    data-lazy=${awaited(drawn)}
    ${cssProps({ '--_fm-section-height': sectionHeight(ranking, windowed) })}
  >
    ${drawn
      ? sections.drawnSection(ranking, view)
      : html`${heading(view.level, b.name, `${view.anchor}-heading`)}
          ${sectionsChunk.failed
            ? lazyPlaceholder(sectionsChunk, view.host, '0')
            : html`<p class="status" role="status">${view.t.drawnAsYouScroll(formatNumber(rows, 0, view.lang), rows)}</p>`}`}
    ${sections && rows > 0 && view.findable && (view.pending || windowed) ? sections.rowsFindText(ranking, view) : nothing}
  </article>`;
}

/** The benchmark sections by group (suite, modality) and task, then those the feed does not define. */
export function benchmarkGroups(grouping: Grouping, level: number, t: HubLabels, block: (benchmarkId: string, level: number) => TemplateResult): TemplateResult {
  return html`${grouping.groups.map(
      (g) => html`<section class="modality" id=${modalityAnchor(g.modality)} aria-labelledby=${`${modalityAnchor(g.modality)}-heading`}>
        ${heading(level, g.modality ?? t.navOther, `${modalityAnchor(g.modality)}-heading`)}
        ${g.tasks.map((t) => html`${t.task ? heading(level + 1, t.task) : nothing} ${t.benchmarks.map((b) => block(b.id, t.task ? level + 2 : level + 1))}`)}
      </section>`,
    )}
    ${grouping.otherBenchmarkIds.length > 0
      ? html`<section class="modality" id="fm-other" aria-labelledby="fm-other-heading">
          ${heading(level, t.navOtherBenchmarks, 'fm-other-heading')}
          <p class="muted">${t.undefinedBenchmarks}</p>
          ${grouping.otherBenchmarkIds.map((id) => block(id, level + 1))}
        </section>`
      : nothing}`;
}

/** The metric cheat sheet, folded; its chunk comes as it nears the viewport. */
export function metricsSection(host: { requestUpdate(): void }, hub: Hub, level: number, theme: BenchmarkBlockView['theme'], t: HubLabels): TemplateResult {
  return html`<section id="fm-metrics" class="metrics" aria-labelledby="fm-metrics-heading">
    <details>
      <summary>${heading(level, t.metricCheatSheet, 'fm-metrics-heading')}</summary>
      ${explainerChunk.value ? html`<fm-metric-explainer mode="sheet" .hub=${hub} theme=${theme ?? nothing}></fm-metric-explainer>` : lazyPlaceholder(explainerChunk, host, '20rem')}
    </details>
  </section>`;
}
