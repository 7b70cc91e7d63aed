// What fm-metric-explainer says: one metric (for the popover), every metric of the feed (the
// cheat sheet), and how one benchmark's scores are calculated, with the ranking rules stated as
// the core applied them to this benchmark. The words come from src/render/benchmark-text.ts (the
// static pages say the same); all text is the feed's, rendered as text.
import { html, nothing, type TemplateResult } from 'lit';
import { rankAll, type BenchmarkRanking, type Hub } from '../../core/index.js';
import type { SuiteMessages } from '../../i18n/suite-messages.js';
import { SHEET_METRICS } from '../../internal/limits.js';
import { benchmarkFacts, metricFacts, overallFacts, rankingRules, tierTable, usedMetrics, type ExplainerLabels, type Fact, type Rich } from '../../render/benchmark-text.js';

export interface ExplainerContext {
  hub: Hub;
  lang: string;
  /** The labels in `lang`. */
  t: ExplainerLabels & SuiteMessages;
  /** The benchmark in view, when there is one (its targets decide the tier table). */
  ranking: BenchmarkRanking | null;
}

/** Rich text as lit: its strong parts in <strong>. */
export const rich = (text: Rich) => text.map((part) => (typeof part === 'string' ? part : html`<strong>${part.strong}</strong>`));

function tiers(metricId: string, ctx: ExplainerContext): TemplateResult {
  const { t } = ctx;
  const table = tierTable(ctx.hub, metricId, ctx.ranking, ctx.lang, t);
  if ('none' in table) return html`<p class="muted">${table.none}</p>`;
  return html`<table class="tiers">
    <caption>
      ${table.caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.tier}</th>
        <th scope="col">${t.score}</th>
        <th scope="col">${t.meaning}</th>
      </tr>
    </thead>
    <tbody>
      ${table.rows.map(
        (row) => html`<tr>
          <th scope="row"><span aria-hidden="true">${row.icon}</span> ${row.label}</th>
          <td>${row.range}</td>
          <td>${row.meaning}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * The facts as a list. Their long words wrap (Classification/Reconstruction on a phone), unless a
 * value has a word of 200 characters or more (a hostile feed), which would take a minute to break.
 */
function facts(list: Fact[]): TemplateResult {
  return html`<dl class=${list.some((f) => /\S{200}/.test(f.value)) ? 'facts' : 'facts wrap'}>
    ${list.map(
      (f) => html`<dt>${f.term}</dt>
        <dd class=${f.muted ? 'muted' : nothing}>${f.value}</dd>`,
    )}
  </dl>`;
}

/** One metric: name, what it measures, range, direction, example, and its tiers. */
export function renderMetric(id: string, ctx: ExplainerContext, headingId: string): TemplateResult {
  const metric = ctx.hub.metric(id);
  return html`<p class="title" id=${headingId}><strong>${metric.name}</strong>${metric.name !== id ? html` <span class="muted">(${id})</span>` : nothing}</p>
    ${facts(metricFacts(ctx.hub, id, ctx.lang, ctx.t))} ${tiers(id, ctx)}`;
}

/** The metric cheat sheet: every metric used in the feed. */
export function renderSheet(ctx: ExplainerContext): TemplateResult {
  const { t } = ctx;
  const overall = ctx.hub.suites.length > 0 ? overallFacts(ctx.hub, rankAll(ctx.hub), t, ctx.lang) : [];
  return html`<div class="sheet" part="sheet">
    ${overall.length > 0
      ? html`<section class="sheet-entry" aria-label=${t.overallHeading}>
          <p class="title"><strong>${t.overallHeading}</strong> <span class="muted">${t.howEachOverall}</span></p>
          ${facts(overall)}
        </section>`
      : nothing}
    ${usedMetrics(ctx.hub)
      .slice(0, SHEET_METRICS)
      .map((id) => {
        const metric = ctx.hub.metric(id);
        return html`<section class="sheet-entry" aria-label=${metric.name}>
          <p class="title"><strong>${metric.name}</strong>${metric.name !== id ? html` <span class="muted">(${id})</span>` : nothing}</p>
          ${facts(metricFacts(ctx.hub, id, ctx.lang, ctx.t))}
        </section>`;
      })}
  </div>`;
}

/** "How are scores calculated?" for one benchmark. */
export function renderBenchmark(ranking: BenchmarkRanking, ctx: ExplainerContext): TemplateResult {
  const { t } = ctx;
  const about = benchmarkFacts(ctx.hub, ranking, ctx.lang, t);
  return html`<div class="benchmark" part="benchmark">
    ${about.length > 0 ? facts(about) : nothing}
    ${ranking.primary
      ? html`<p class="title"><strong>${t.primaryMetric(ranking.primary.definition.name)}</strong></p>
          ${facts(metricFacts(ctx.hub, ranking.primary.id, ctx.lang, ctx.t))} ${tiers(ranking.primary.id, ctx)}
          <p class="title"><strong>${t.howRanked}</strong></p>
          <ol class="rules">
            ${rankingRules(ranking, ctx.lang, t).map((r) => html`<li>${rich(r)}</li>`)}
          </ol>`
      : html`<p class="muted">${t.nothingToRank}</p>`}
  </div>`;
}
