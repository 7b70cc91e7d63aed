// The top of the hub: title, stats banner, intro, jump navigation, and the overall view (best
// score per model, or mean rank) with the tier distribution.
import { html, nothing, type TemplateResult } from 'lit';
import { groupLabel, rankMark, type TierDefinition, type BestScoreEntry, type Hub, type HubStats, type MeanRankEntry, type TierDistribution } from '../../core/index.js';
import { repeat } from 'lit/directives/repeat.js';
import { breakable } from '../../internal/breakable.js';
import { cssProps } from '../../internal/css-props.js';
import { formatNumber } from '../../internal/format.js';
import { tierWords } from '../../internal/tier-text.js';
import { OVERALL_ROWS } from '../../internal/limits.js';
import type { RowWindow } from '../leaderboard-table/row-window.js';
import type { NavTarget } from '../../render/outline.js';
import { enHub, type HubLabels, type HubMessages } from '../../i18n/hub-messages.js';
import { findText } from './find-text.js';

/** A heading of `level` (1–6; deeper levels stay h6), with an id for anchors. */
// One template per level: lit's static-html (a tag from a value) would cost the bundle 390 B gzip.
export function heading(level: number, content: unknown, id?: string, part?: string): TemplateResult {
  const i = id ?? nothing;
  const p = part ?? nothing;
  switch (Math.min(Math.max(level, 1), 6)) {
    case 1:
      return html`<h1 id=${i} part=${p}>${content}</h1>`;
    case 2:
      return html`<h2 id=${i} part=${p}>${content}</h2>`;
    case 3:
      return html`<h3 id=${i} part=${p}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i} part=${p}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i} part=${p}>${content}</h5>`;
    default:
      return html`<h6 id=${i} part=${p}>${content}</h6>`;
  }
}


/** The hub's title, stats (with how many leaderboards a feed of suites holds), intro and navigation. */
export function renderHeader(title: string, stats: HubStats, level: number, nav: NavTarget[], t: HubLabels, lang: string): TemplateResult {
  const n = (v: number) => formatNumber(v, 0, lang);
  return html`<header part="header">
    ${heading(level, title, undefined, 'title')}
    <p class="stats" part="stats">
      ${stats.leaderboards ? html`<span><span aria-hidden="true">🏆 </span><strong>${n(stats.leaderboards)}</strong> ${t.statLeaderboards(stats.leaderboards)}</span>` : nothing}
      <span><span aria-hidden="true">📊 </span><strong>${n(stats.benchmarks)}</strong> ${t.statBenchmarks(stats.benchmarks)}</span>
      <span><span aria-hidden="true">🤖 </span><strong>${n(stats.models)}</strong> ${t.statModels(stats.models)}</span>
      <span><span aria-hidden="true">📈 </span><strong>${n(stats.evaluations)}</strong> ${t.statEvaluations(stats.evaluations)}</span>
    </p>
    <div class="intro" part="intro">
      <slot name="intro">
        <p><strong>${t.whatIsThis}</strong> ${t.introWhat}</p>
        <p><strong>${t.howToRead}</strong> ${t.introHow}</p>
      </slot>
    </div>
    ${renderNav(nav, t)}
  </header>`;
}

/** The jump navigation (none for a single target). */
export function renderNav(nav: NavTarget[], t: HubMessages = enHub): TemplateResult | typeof nothing {
  return nav.length > 1
    ? html`<nav part="nav" aria-label=${t.sectionsNav}>
        <ul>
          ${nav.map((n) => html`<li><a href=${`#${n.id}`}>${n.label}</a></li>`)}
        </ul>
      </nav>`
    : nothing;
}

export interface OverallView {
  hub: Hub;
  /** The labels in the reader's language. */
  t: HubLabels;
  mode: 'best' | 'mean';
  /** Windows the table past OVERALL_ROWS models: only the rows near its viewport are drawn. */
  window: RowWindow<object>;
  best: BestScoreEntry[];
  mean: MeanRankEntry[];
  contested: number;
  tiers: TierDistribution;
  lang: string;
  level: number;
  /** The anchor id of a benchmark's block. */
  anchorOf: (benchmarkId: string) => string;
  onMode: (mode: 'best' | 'mean') => void;
  /** Add the rows a windowed table does not draw as find-in-page text. */
  findable: boolean;
}

/** A model's name in a row header: on a phone, where rows stay one line tall, cut short with "…". */
export const nameCell = (name: string) => html`<span class="name">${name}</span>`;

/**
 * The rows of an overall table: every row up to OVERALL_ROWS, past it the rows near the
 * scroll container's viewport between two spacers (the table's RowWindow), with aria-rowindex.
 */
export function windowedRows<Entry extends object>(window: RowWindow<object>, entries: Entry[], columns: number, row: (entry: Entry) => TemplateResult): TemplateResult {
  const slice = window.slice(entries, entries.length > OVERALL_ROWS);
  const spacer = (height: number) =>
    height > 0 ? html`<tr class="spacer" aria-hidden="true"><td colspan=${columns} ${cssProps({ height: `${height}px` })}></td></tr>` : nothing;
  return html`${spacer(slice.before)}${repeat(
    entries.slice(slice.start, slice.end),
    (entry) => entry,
    (entry, i) => html`<tr data-window-item aria-rowindex=${slice.start + i + 2}>${row(entry)}</tr>`,
  )}${spacer(slice.after)}`;
}

/** A tier's name: the package's own in the reader's language, a feed's own as it wrote it. */
const tierName = (tier: TierDefinition, t: HubLabels) => tierWords(tier, t).label;

/** The scroll container of an overall table; windowed past OVERALL_ROWS rows. */
export function scroller(count: number, label: string, table: TemplateResult): TemplateResult {
  return count > OVERALL_ROWS
    ? html`<div class="scroll windowed" tabindex="0" role="region" aria-label=${label} data-window>${table}</div>`
    : html`<div class="scroll" data-window>${table}</div>`;
}

function bestTable(view: OverallView): TemplateResult {
  const { t } = view;
  return html`<table part="overall-table" aria-rowcount=${view.best.length + 1}>
    <caption class="visually-hidden">${t.bestScoreCaption}</caption>
    <thead>
      <tr>
        <th scope="col">${t.rank}</th>
        <th scope="col">${t.model}</th>
        <th scope="col" class="num">${t.bestScore}</th>
        <th scope="col">${t.metric}</th>
        <th scope="col">${t.benchmark}</th>
        <th scope="col">${view.hub.suites.length > 0 ? t.leaderboard : t.modality}</th>
      </tr>
    </thead>
    <tbody>
      ${windowedRows(
        view.window,
        view.best,
        6,
        (e) => html`<td>${e.place <= 10 ? html`<span class=${e.place > 3 ? 'mark minor' : 'mark'} aria-hidden="true">${rankMark(e.place)} </span>` : nothing}${e.place}</td>
          <th scope="row">${nameCell(e.model.name)}${e.place === 1 ? html` <span role="img" aria-label=${t.leader}>👑</span>` : nothing}</th>
          <td class="num">${formatNumber(e.row.score, e.ranking.decimals, view.lang)}</td>
          <td>${breakable(e.ranking.primary?.id ?? '')}</td>
          <td><a href=${`#${view.anchorOf(e.ranking.benchmark.id)}`}>${e.ranking.benchmark.name}</a></td>
          <td>${breakable(groupLabel(view.hub, e.ranking.benchmark) ?? t.navOther)}</td>`,
      )}
    </tbody>
  </table>`;
}

function meanTable(view: OverallView): TemplateResult {
  const { t } = view;
  return html`<table part="overall-table" aria-rowcount=${view.mean.length + 1}>
    <caption class="visually-hidden">${t.meanRankCaption}</caption>
    <thead>
      <tr>
        <th scope="col">${t.place}</th>
        <th scope="col">${t.model}</th>
        <th scope="col" class="num">${t.meanRank}</th>
        <th scope="col" class="num">${t.benchmarksEntered}</th>
      </tr>
    </thead>
    <tbody>
      ${windowedRows(
        view.window,
        view.mean,
        4,
        (e) => html`<td>${e.place}</td>
          <th scope="row">${nameCell(e.model.name)}</th>
          <td class="num">${formatNumber(e.meanRank, 2, view.lang)}</td>
          <td class="num">${t.ofCount(String(e.entered), String(view.contested))}</td>`,
      )}
    </tbody>
  </table>`;
}

/** The windowed overall table's rows as text for the browser's find-in-page (find-text.ts). */
function overallFindText(view: OverallView): TemplateResult | typeof nothing {
  if (!view.findable) return nothing;
  if (view.mode === 'best') {
    return view.best.length > OVERALL_ROWS ? findText(view.best, 'Found in the best score per model, by place:', (e) => `${e.place}. ${e.model.name} (${e.ranking.benchmark.name})`) : nothing;
  }
  return view.mean.length > OVERALL_ROWS ? findText(view.mean, 'Found in the mean rank per model, by place:', (e) => `${e.place}. ${e.model.name}`) : nothing;
}

export function renderOverall(view: OverallView): TemplateResult {
  const { tiers, t } = view;
  return html`<section id="fm-overall" class="overall" part="overall" aria-labelledby="fm-overall-heading">
    ${heading(view.level, t.overallRankings, 'fm-overall-heading')}
    <div class="switch" role="group" aria-label=${t.overallView}>
      <button type="button" aria-pressed=${view.mode === 'best' ? 'true' : 'false'} @click=${() => view.onMode('best')}>${t.bestScorePerModel}</button>
      <button type="button" aria-pressed=${view.mode === 'mean' ? 'true' : 'false'} @click=${() => view.onMode('mean')}>${t.meanRank}</button>
    </div>
    <p class="muted">${view.mode === 'best' ? t.bestScoreNote : t.meanRankNote}</p>
    ${view.mode === 'best'
      ? scroller(view.best.length, t.bestScorePerModel, bestTable(view))
      : scroller(view.mean.length, t.meanRank, meanTable(view))}
    ${overallFindText(view)}
    <p class="tier-distribution" part="tier-distribution">
      ${tiers.tiers.map((c, i) => html`${i > 0 ? ' · ' : ''}<span aria-hidden="true">${c.tier.icon ?? ''} </span>${c.count} ${tierName(c.tier, t)}`)}
      ${tiers.unrated > 0 ? html` · ${t.unratedCount(String(tiers.unrated))}` : nothing}
      <span class="muted">${t.entriesNote(String(tiers.total))}</span>
    </p>
  </section>`;
}
