// The details of one row: the ranked run's provenance, the model's other runs on this benchmark,
// its stratified sub-group table and its robustness probe figures.
import { html, nothing, type TemplateResult } from 'lit';
import { flagText, readMetric, resultRelationship, rowFlags, type Probe, type RankedRow, type Result, type StratifiedTable } from '../../core/index.js';
import { formatDate, formatNumber } from '../../internal/format.js';
import { OTHER_RUNS_SHOWN, SUBGROUPS_SHOWN } from '../../internal/limits.js';
import { modelLinks, type TableContext } from './table-columns.js';

export function renderDetails(row: RankedRow, ctx: TableContext): TemplateResult {
  const r = row.result;
  const { t } = ctx;
  const flags = rowFlags(row);
  const facts: Array<[string, string | undefined]> = [
    [t.cautionLabel, flags.length > 0 ? flagText(flags) : undefined],
    [t.reported, reportedText(row, ctx)],
    [t.run, r.id],
    [t.date, r.date ? formatDate(r.date, ctx.lang) : undefined],
    [t.dataset, r.dataset ? datasetName(ctx, r.dataset) : undefined],
    [t.suite, r.suite],
    [t.samples, r.n_train !== undefined || r.n_test !== undefined ? `${r.n_train ?? '?'} / ${r.n_test ?? '?'}` : undefined],
    [t.source, r.source],
  ];
  // The model's full name and links first: a phone's row shows the name cut short, without links.
  return html`<div class="details-body" part="details">
    <dl class="facts">
      <div><dt>${t.model}</dt><dd>${row.model.name}${modelLinks(row, ctx)}</dd></div>
      ${facts.filter(([, v]) => v !== undefined).map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}
    </dl>
    ${row.otherRuns.length > 0 ? otherRuns(row, ctx) : html`<p class="muted">${t.noOtherRuns(row.model.name)}</p>`}
    ${r.stratified ? stratified(r.stratified, ctx) : nothing} ${r.probes ? ctx.extras?.probes?.(row, ctx) ?? probes(r.probes, ctx) : nothing}
  </div>`;
}

/** "third-party evaluation, by HAL" / "self-reported by the model's developer": who ran it and who published it. */
function reportedText(row: RankedRow, ctx: TableContext): string | undefined {
  const relationship = resultRelationship(ctx.hub, row.result);
  const by = row.result.reported_by;
  if (!relationship && !by) return undefined;
  return [relationship && ctx.t.relationship(relationship), by && ctx.t.reportedBy(by)].filter(Boolean).join(', ');
}

/** The ranking metrics that at least one of these runs reports. */
function metricIds(ctx: TableContext, runs: Result[]): string[] {
  return [ctx.ranking.primary?.id, ...ctx.ranking.secondary.map((m) => m.id)].filter(
    (m): m is string => !!m && runs.some((run) => run.metrics[m] !== undefined),
  );
}

function datasetName(ctx: TableContext, id: string | undefined): string {
  if (!id) return '—';
  return ctx.hub.feed.datasets?.find((d) => d.id === id)?.name ?? id;
}

function value(result: Result, metric: string, ctx: TableContext): string {
  const reading = readMetric(result.metrics[metric], metric);
  return 'value' in reading ? formatNumber(reading.value, ctx.hub.metric(metric).decimals ?? 4, ctx.lang) : '—';
}

function otherRuns(row: RankedRow, ctx: TableContext): TemplateResult {
  const metrics = metricIds(ctx, [row.result, ...row.otherRuns]);
  return html`<table class="sub">
    <caption>
      Other runs of ${row.model.name} (${row.otherRuns.length}), best first; only the best run ranks
    </caption>
    <thead>
      <tr>
        <th scope="col">${ctx.t.run}</th>
        <th scope="col">${ctx.t.date}</th>
        <th scope="col">${ctx.t.dataset}</th>
        ${metrics.map((m) => html`<th scope="col" class="num">${m}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${row.otherRuns.slice(0, OTHER_RUNS_SHOWN).map(
        (run) => html`<tr>
          <th scope="row">${run.id}</th>
          <td>${run.date ? formatDate(run.date, ctx.lang) : '—'}</td>
          <td>${datasetName(ctx, run.dataset)}</td>
          ${metrics.map((m) => html`<td class="num">${value(run, m, ctx)}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>
  ${row.otherRuns.length > OTHER_RUNS_SHOWN ? html`<p class="muted">${ctx.t.notShownMore(formatNumber(row.otherRuns.length - OTHER_RUNS_SHOWN, 0, ctx.lang), 'runs')}.</p>` : nothing}`;
}

function stratified(table: StratifiedTable, ctx: TableContext): TemplateResult[] {
  return Object.entries(table).map(([dimension, groups]) => {
    const columns = [...new Set(Object.values(groups).flatMap((cells) => Object.keys(cells)))].filter((c) => c !== 'N');
    const hasN = Object.values(groups).some((cells) => 'N' in cells);
    const cell = (v: number | undefined, metric: string) =>
      v === undefined || v === null ? '—' : formatNumber(v, ctx.hub.metric(metric).decimals ?? 4, ctx.lang);
    return html`<table class="sub">
      <caption>
        By ${dimension}
      </caption>
      <thead>
        <tr>
          <th scope="col">${dimension}</th>
          ${columns.map((c) => html`<th scope="col" class="num">${c}</th>`)} ${hasN ? html`<th scope="col" class="num">N</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${Object.entries(groups).slice(0, SUBGROUPS_SHOWN).map(
          ([group, cells]) => html`<tr>
            <th scope="row">${group}</th>
            ${columns.map((c) => html`<td class="num">${cell(cells[c], c)}</td>`)}
            ${hasN ? html`<td class="num">${cells.N ?? '—'}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table>`;
  });
}

function probes(all: Record<string, Probe>, ctx: TableContext): TemplateResult[] {
  const n = (v: number) => formatNumber(v, 3, ctx.lang);
  return Object.entries(all).map(
    ([name, probe]) => html`<table class="sub probe">
      <caption>
        Robustness probe: ${name}${probe.unit ? ` (${probe.unit})` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">Level</th>
          ${probe.grid.map((g) => html`<th scope="col" class="num">${g}</th>`)}
          <th scope="col" class="num">rAUC</th>
        </tr>
      </thead>
      <tbody>
        ${Object.entries(probe.series).map(
          ([series, curve]) => html`<tr>
            <th scope="row">${series}</th>
            ${curve.mean.map((v) => html`<td class="num">${n(v)}</td>`)}
            <td class="num">${curve.rAUC === undefined ? '—' : n(curve.rAUC)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`,
  );
}
