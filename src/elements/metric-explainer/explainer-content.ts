// What fm-metric-explainer says: one metric (for the popover), every metric of the feed (the
// cheat sheet), and how one benchmark's scores are calculated, with the ranking rules stated as
// the core applied them to this benchmark. All text is the feed's, rendered as text.
import { html, nothing, type TemplateResult } from 'lit';
import { median } from 'd3-array';
import { tierBounds, tierScale, type BenchmarkRanking, type Hub, type MetricDefinition } from '../../core/index.js';
import { countOf, formatNumber } from '../../internal/format.js';
import { SHEET_METRICS } from '../../internal/limits.js';
import { tierRangeText } from '../../internal/tier-text.js';

export interface ExplainerContext {
  hub: Hub;
  lang: string;
  /** The benchmark in view, when there is one (its targets decide the tier table). */
  ranking: BenchmarkRanking | null;
}

const num = (v: number, ctx: ExplainerContext) => formatNumber(v, Number.isInteger(v) ? 0 : 2, ctx.lang);

/** "0 to 1", "0 or more", "up to 1", or null for an undeclared range. */
export function rangeText(metric: MetricDefinition, ctx: ExplainerContext): string | null {
  const min = metric.range?.min;
  const max = metric.range?.max;
  const hasMin = typeof min === 'number';
  const hasMax = typeof max === 'number';
  if (hasMin && hasMax) return `${num(min, ctx)} to ${num(max, ctx)}`;
  if (hasMin) return `${num(min, ctx)} or more`;
  if (hasMax) return `up to ${num(max, ctx)}`;
  return null;
}

function tierTable(metricId: string, ctx: ExplainerContext): TemplateResult {
  const metric = ctx.hub.metric(metricId);
  // A benchmark's targets are thresholds of its primary metric; other metrics use the tier scale.
  const ranksHere = !!ctx.ranking && ctx.ranking.primary?.id === metricId;
  const benchmark = ranksHere ? ctx.ranking!.benchmark : { id: '', name: '' };
  const scale = tierScale(benchmark, metric, ctx.hub.tiers);
  if (scale.steps.length === 0) {
    const why = metric.direction === 'lower' ? 'is lower-is-better with no upper bound' : 'has no known upper bound';
    return html`<p class="muted">No tiers: ${metric.name} ${why}, and this benchmark declares no targets.</p>`;
  }
  const source = { targets: `${benchmark.name}'s own targets`, tiers: 'the feed’s tier scale', mirrored: 'the tier scale, mirrored because lower is better', none: '' }[scale.source];
  const decimals = Math.min(metric.decimals ?? 2, 2);
  return html`<table class="tiers">
    <caption>
      Tiers${ranksHere ? ` on ${benchmark.name}` : ''} (from ${source})
    </caption>
    <thead>
      <tr>
        <th scope="col">Tier</th>
        <th scope="col">Score</th>
        <th scope="col">Meaning</th>
      </tr>
    </thead>
    <tbody>
      ${tierBounds(scale).map(
        (b) => html`<tr>
          <th scope="row"><span aria-hidden="true">${b.tier.icon ?? ''}</span> ${b.tier.label}</th>
          <td>${tierRangeText(b, scale.direction === 'lower', (v) => formatNumber(v, decimals, ctx.lang))}</td>
          <td>${b.tier.description ?? ''}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * The facts' class: their long words wrap (Classification/Reconstruction on a phone), unless a
 * value has a word of 200 characters or more (a hostile feed), which would take a minute to break.
 */
function factsClass(...values: Array<string | null | undefined>): string {
  return values.some((v) => v && /\S{200}/.test(v)) ? 'facts' : 'facts wrap';
}

function metricFacts(id: string, ctx: ExplainerContext): TemplateResult {
  const metric = ctx.hub.metric(id);
  const range = rangeText(metric, ctx);
  const described = Object.hasOwn(ctx.hub.feed.metrics ?? {}, id);
  return html`<dl class=${factsClass(metric.description, metric.example, range)}>
    ${metric.description
      ? html`<dt>What it measures</dt>
          <dd>${metric.description}</dd>`
      : described
        ? nothing
        : html`<dt>What it measures</dt>
            <dd class="muted">The feed does not describe this metric.</dd>`}
    ${range
      ? html`<dt>Range</dt>
          <dd>${range}</dd>`
      : nothing}
    <dt>Direction</dt>
    <dd>${metric.direction === 'lower' ? 'Lower is better' : 'Higher is better'}</dd>
    ${metric.example
      ? html`<dt>Example</dt>
          <dd>${metric.example}</dd>`
      : nothing}
  </dl>`;
}

/** One metric: name, what it measures, range, direction, example, and its tiers. */
export function renderMetric(id: string, ctx: ExplainerContext, headingId: string): TemplateResult {
  const metric = ctx.hub.metric(id);
  return html`<p class="title" id=${headingId}><strong>${metric.name}</strong>${metric.name !== id ? html` <span class="muted">(${id})</span>` : nothing}</p>
    ${metricFacts(id, ctx)} ${tierTable(id, ctx)}`;
}

/** Every metric the feed's results report or its benchmarks name, in catalogue order. */
export function usedMetrics(hub: Hub): string[] {
  const used = new Set<string>();
  for (const b of hub.benchmarks) for (const m of [b.primary_metric, ...(b.secondary_metrics ?? [])]) if (m) used.add(m);
  for (const r of hub.feed.results) for (const m of Object.keys(r.metrics)) used.add(m);
  const catalogue = Object.keys(hub.feed.metrics ?? {});
  return [...catalogue.filter((m) => used.has(m)), ...[...used].filter((m) => !catalogue.includes(m)).sort()];
}

/** The metric cheat sheet: every metric used in the feed. */
export function renderSheet(ctx: ExplainerContext): TemplateResult {
  return html`<div class="sheet" part="sheet">
    ${usedMetrics(ctx.hub).slice(0, SHEET_METRICS).map((id) => {
      const metric = ctx.hub.metric(id);
      return html`<section class="sheet-entry" aria-label=${metric.name}>
        <p class="title"><strong>${metric.name}</strong>${metric.name !== id ? html` <span class="muted">(${id})</span>` : nothing}</p>
        ${metricFacts(id, ctx)}
      </section>`;
    })}
  </div>`;
}

/** The ranking rules, stated as the core applied them to this benchmark. */
function rules(ranking: BenchmarkRanking): TemplateResult[] {
  const primary = ranking.primary!;
  const better = primary.definition.direction === 'lower' ? 'lower is better' : 'higher is better';
  const items = [
    html`Ranked by <strong>${primary.id}</strong> (${better})${primary.declared
        ? '.'
        : html`; this benchmark declares no primary metric, so the metric most of its results report is used.`}`,
    ranking.secondary.length > 0
      ? html`Equal ${primary.id} scores are separated by ${ranking.secondary.map((m, i) => html`${i > 0 ? ', then ' : ''}<strong>${m.id}</strong> (${m.definition.direction === 'lower' ? 'lower' : 'higher'} is better)`)}; models still equal share a rank.`
      : html`No tie-breaking metrics are declared: models with equal ${primary.id} share a rank.`,
    html`One row per model: its best run counts (${countOf(ranking.runs, 'run')} from ${countOf(ranking.rows.length, 'model')}); its other runs are in the row's details. Model ids that differ only in case, or are aliases, are one model.`,
  ];
  if (ranking.excluded.length > 0) items.push(html`${ranking.excluded.length} ${ranking.excluded.length === 1 ? 'run was' : 'runs were'} left out: no usable ${primary.id} value (the table lists them).`);
  if (ranking.rows.some((r) => r.rankRange)) items.push(html`Where results give an interval, the rank range shows every rank the intervals allow.`);
  return items;
}

/** "How are scores calculated?" for one benchmark. */
export function renderBenchmark(ranking: BenchmarkRanking, ctx: ExplainerContext): TemplateResult {
  const b = ranking.benchmark;
  const results = ctx.hub.resultsByBenchmark.get(b.id) ?? [];
  const datasetIds = [...new Set([...(b.datasets ?? []), ...results.map((r) => r.dataset).filter((d): d is string => !!d)])];
  const datasetName = (id: string) => ctx.hub.feed.datasets?.find((d) => d.id === id)?.name ?? id;
  const sizes = results.map((r) => (r.n_train ?? 0) + (r.n_test ?? 0)).filter((n) => n > 0);
  const typical = median(sizes);
  return html`<div class="benchmark" part="benchmark">
    <dl class=${factsClass(b.description, b.task, b.modality, ...datasetIds.map(datasetName))}>
      ${b.description
        ? html`<dt>What it measures</dt>
            <dd>${b.description}</dd>`
        : nothing}
      ${b.task || b.modality
        ? html`<dt>Task</dt>
            <dd>${[b.task, b.modality].filter(Boolean).join(' · ')}</dd>`
        : nothing}
      ${datasetIds.length > 0
        ? html`<dt>Datasets</dt>
            <dd>${datasetIds.map(datasetName).join('; ')}</dd>`
        : nothing}
      ${typical !== undefined
        ? html`<dt>Typical sample size</dt>
            <dd>about ${formatNumber(Math.round(typical), 0, ctx.lang)} samples per run (train + test)</dd>`
        : nothing}
    </dl>
    ${ranking.primary
      ? html`<p class="title"><strong>Primary metric: ${ranking.primary.definition.name}</strong></p>
          ${metricFacts(ranking.primary.id, ctx)} ${tierTable(ranking.primary.id, ctx)}
          <p class="title"><strong>How models are ranked here</strong></p>
          <ol class="rules">
            ${rules(ranking).map((r) => html`<li>${r}</li>`)}
          </ol>`
      : html`<p class="muted">No result reports a number yet, so there is nothing to rank.</p>`}
  </div>`;
}
