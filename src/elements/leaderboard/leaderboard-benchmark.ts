// The sections chunk: what fills a benchmark's article in the hub (benchmark-article.ts) once drawn:
// name and description, podium, table, quick comparison, score distribution, and "How are scores
// calculated?".
import { html, nothing, type TemplateResult } from 'lit';
import type { BenchmarkRanking } from '../../core/index.js';
import { formatNumber } from '../../internal/format.js';
import { elementPart } from '../../i18n/element-messages.js';
import { enSections, type SectionMessages } from '../../i18n/section-messages.js';
import { quickText } from '../../render/quick-text.js';
import type { SortState } from '../../events/fm-sort-change.js';
import type { FmLeaderboardTable } from '../leaderboard-table/leaderboard-table.component.js';
import { VIRTUALIZE_FROM } from '../leaderboard-table/row-window.js';
import { chartChunk, chartHeight } from '../score-distribution/chart-chunk.js';
import { exportChunk } from '../leaderboard-table/export-chunk.js';
import { explainerChunk } from '../metric-explainer/explainer-chunk.js';
import { PODIUM_HEIGHT, podiumChunk } from '../podium/podium-chunk.js';
import { lazyPlaceholder } from '../../internal/lazy.js';
import type { BenchmarkBlockView, ChartKind } from './benchmark-article.js';
import { findText } from './find-text.js';
import { heading } from './leaderboard-overview.js';

/**
 * One shared empty sort: lit sets a property when the value's identity changes, so a fresh []
 * on every render of the hub would reset the sort a reader chose in the table.
 */
const NO_SORT: SortState[] = [];


/** The section's labels in the hub's language. */
const labels = (view: BenchmarkBlockView): SectionMessages => elementPart(view.host as unknown as Element & BenchmarkBlockView['host'], enSections, (zh) => zh.zhCNSections);

const chartKindsCache = new WeakMap<BenchmarkRanking, { t: SectionMessages; kinds: Array<[ChartKind, string]> }>();

/** The chart views a ranking's data allows, once per ranking and language (the hub re-renders often while it draws). */
function chartKinds(ranking: BenchmarkRanking, t: SectionMessages): Array<[ChartKind, string]> {
  const cached = chartKindsCache.get(ranking);
  if (cached?.t === t) return cached.kinds;
  const runs = ranking.rows.flatMap((r) => [r.result, ...r.otherRuns]);
  const kinds: Array<[ChartKind, string]> = [['scores', t.chartScores]];
  if (ranking.rows.some((r) => r.model.card?.parameters?.length === 1)) kinds.push(['tradeoff', t.chartSize]);
  // A shown metric where less is better (a run's cost) is a trade-off of its own.
  for (const m of ranking.shown) if (m.definition.direction === 'lower') kinds.push([`x:${m.id}`, t.chartAgainst(m.definition.name || m.id)]);
  if (runs.length > 1 && runs.some((r) => r.date)) kinds.push(['history', t.chartHistory]);
  if (ranking.rows.some((r) => r.result.probes && Object.keys(r.result.probes).length > 0)) kinds.push(['probes', t.chartProbes]);
  chartKindsCache.set(ranking, { t, kinds });
  return kinds;
}

/** The chart switch: each kind the data allows (a model states a single size; runs have dates; probes). */
function chartSwitch(ranking: BenchmarkRanking, view: BenchmarkBlockView, t: SectionMessages): TemplateResult | typeof nothing {
  if (!view.onChartKind) return nothing;
  const kinds = chartKinds(ranking, t);
  if (kinds.length < 2) return nothing;
  const shown = view.chartKind ?? 'scores';
  // A reader reaching for the switch starts loading the charts' chunk.
  return html`<div class="switch" role="group" aria-label=${t.chartOf(ranking.benchmark.name)} @pointerenter=${chartChunk.prefetch} @focusin=${chartChunk.prefetch}>
    ${kinds.map(([kind, label]) => html`<button type="button" aria-pressed=${kind === shown ? 'true' : 'false'} @click=${() => view.onChartKind!(kind)}>${label}</button>`)}
  </div>`;
}

/**
 * Export CSV / Export JSON, in the toolbar of the table they sit in (its `actions` slot). The
 * export code is a chunk of its own, loaded when a reader reaches for a button.
 */
function exportButtons(benchmark: string, t: SectionMessages): TemplateResult {
  const save = (format: 'csv' | 'json') => async (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    const shown = button.closest<FmLeaderboardTable>('fm-leaderboard-table')?.shown;
    if (!shown) return;
    const note = button.parentElement!.querySelector('.export-error');
    try {
      // At once when the chunk is here (a hover or focus fetched it), in the same task as the press.
      (exportChunk.value ?? (await exportChunk.get())).downloadTable(shown, format);
      note?.remove();
    } catch {
      // Said where the reader pressed; pressing again retries the load.
      if (note) return;
      const alert = Object.assign(document.createElement('span'), { className: 'export-error', textContent: t.exportFailed });
      alert.setAttribute('role', 'alert');
      button.parentElement!.append(alert);
    }
  };
  // The hub has a table per benchmark: each button's name says which.
  const of = html`<span class="visually-hidden">${t.exportOf(benchmark)}</span>`;
  return html`<span slot="actions" class="export" part="export" @pointerenter=${exportChunk.prefetch} @focusin=${exportChunk.prefetch}
    ><button type="button" @click=${save('csv')}>${t.exportCsv}${of}</button
    ><button type="button" @click=${save('json')}>${t.exportJson}${of}</button></span
  >`;
}

const quickCache = new WeakMap<BenchmarkRanking, { lang: string; t: SectionMessages; result: TemplateResult | typeof nothing }>();

/** The quick comparison, once per ranking and language (the hub re-renders often while it draws). */
function quick(ranking: BenchmarkRanking, lang: string, t: SectionMessages, and: string): TemplateResult | typeof nothing {
  let cached = quickCache.get(ranking);
  if (cached?.lang !== lang || cached.t !== t) quickCache.set(ranking, (cached = { lang, t, result: quickTemplate(ranking, lang, t, and) }));
  return cached.result;
}

function quickTemplate(ranking: BenchmarkRanking, lang: string, t: SectionMessages, and: string): TemplateResult | typeof nothing {
  const q = quickText(ranking, lang, { ...t, and });
  if (!q) return nothing;
  return html`<div class="quick" part="quick-comparison">
    <p>
      <span aria-hidden="true">🥇 </span><strong class=${q.leaders.length > 200 ? '' : 'wrap'}>${q.leaders}</strong> ${q.verb} ${q.metric} =
      <strong>${q.score}</strong>
    </p>
    <ul>
      ${q.gap ? html`<li>${t.gapTo} <span aria-hidden="true">${q.gap.mark} </span>${q.gap.names}: ${q.gap.value}${q.gap.noise ? `, ${q.gap.noise}` : ''}</li>` : nothing}
      ${q.spread !== null ? html`<li>${t.spread} ${q.spread}</li>` : nothing}
    </ul>
  </div>`;
}

/** The rows of a pending section or a windowed table as text for the browser's find-in-page (find-text.ts). */
export function rowsFindText(ranking: BenchmarkRanking, view: BenchmarkBlockView): TemplateResult {
  // Rank and name only: formatting every score would cost more than all the rest (the table has them).
  return findText(ranking.rows, labels(view).foundIn(ranking.benchmark.name), (row) => `${row.rank}. ${row.model.name}`, view.onFound);
}

/** A drawn section: heading, description, podium, table, quick comparison, chart and scoring rules. */
export function drawnSection(ranking: BenchmarkRanking, view: BenchmarkBlockView): TemplateResult {
  const b = ranking.benchmark;
  const primary = ranking.primary?.id;
  const theme = view.theme ?? nothing;
  const t = labels(view);
  const count = (n: number) => formatNumber(n, 0, view.lang);
  // The explainer's chunk loads as the section nears the viewport (the article's data-lazy): its
  // ⓘ joins the heading's end then, and "How are scores calculated?" keeps a placeholder till then.
  const explainer = explainerChunk.value;
  const title = html`${b.name}${primary && explainer
    ? html` <fm-metric-explainer .hub=${view.hub} .ranking=${ranking} benchmark=${b.id} metric=${primary} theme=${theme}></fm-metric-explainer>`
    : nothing}`;
  return html`${heading(view.level, title, `${view.anchor}-heading`)}
    ${b.description ? html`<p class="description">${b.description}</p>` : nothing}
    ${ranking.rows.length === 0
      ? html`<p class="status empty" role="status">
          ${ranking.runs === 0 ? t.noSubmissionsYet : t.nothingRankedYet(count(ranking.runs), ranking.runs, primary ?? null)}
        </p>`
      : html`${ranking.rows.length >= 3 ? podium(ranking, view) : nothing}
          ${view.tableRanking?.rows.length === 0
            ? html`<p class="status" role="status">${t.noneWithFacets(count(ranking.rows.length), ranking.rows.length)}</p>`
            : html`<fm-leaderboard-table
            .hub=${view.hub}
            .ranking=${view.tableRanking ?? ranking}
            .previousRanking=${view.previousRanking}
            .facets=${view.tableView?.facets}
            .sortKeys=${view.tableView?.sortKeys ?? NO_SORT}
            .query=${view.tableView?.query ?? ''}
            .virtualizeThreshold=${view.windowFrom ?? VIRTUALIZE_FROM}
            benchmark=${b.id}
            theme=${theme}
            exportparts="table:table__table,row:table__row,cell:table__cell,header:table__header"
            >${exportButtons(b.name, t)}</fm-leaderboard-table
          >`}
          ${quick(ranking, view.lang, t, view.t.and)}
          ${chartSwitch(ranking, view, t)}
          ${chartChunk.value
            ? chart(ranking, view)
            : lazyPlaceholder(chartChunk, view.host, chartHeight(view.chartKind ?? 'scores', ranking.rows.length))}`}
    <details class="how" part="how">
      <summary>${t.howCalculated}</summary>
      ${explainer
        ? html`<fm-metric-explainer mode="benchmark" .hub=${view.hub} .ranking=${ranking} benchmark=${b.id} theme=${theme}></fm-metric-explainer>`
        : lazyPlaceholder(explainerChunk, view.host, '12rem')}
    </details>`;
}

/** The section's chart of the kind chosen (a trade-off against a shown metric is kind="tradeoff" with its x-metric). */
function chart(ranking: BenchmarkRanking, view: BenchmarkBlockView): TemplateResult {
  const kind = view.chartKind ?? 'scores';
  const against = kind.startsWith('x:') ? kind.slice(2) : null;
  return html`<fm-score-distribution .hub=${view.hub} .ranking=${ranking} benchmark=${ranking.benchmark.id} kind=${against ? 'tradeoff' : kind} x-metric=${against ?? nothing} theme=${view.theme ?? nothing}></fm-score-distribution>`;
}

/** The podium once its chunk is here; until then its room, loaded as it nears the viewport. */
function podium(ranking: BenchmarkRanking, view: BenchmarkBlockView): TemplateResult {
  if (!podiumChunk.value) return lazyPlaceholder(podiumChunk, view.host, PODIUM_HEIGHT);
  return html`<fm-podium .hub=${view.hub} .ranking=${ranking} theme=${view.theme ?? nothing} exportparts="base:podium"></fm-podium>`;
}
