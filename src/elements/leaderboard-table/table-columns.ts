// The table's columns: what each shows, how it sorts, which way first. Cells render feed text
// only through lit bindings (text, never HTML), and links only after safeHref.
import { html, nothing, type TemplateResult } from 'lit';
import { flagText, resultRelationship, rowFlags, pointValue, rankMark, readMetric, tieGroupLabel, type BenchmarkRanking, type Hub, type RankedRow, type SortValue } from '../../core/index.js';
import { breakable } from '../../internal/breakable.js';
import { formatDate, formatNumber } from '../../internal/format.js';
import { safeHref } from '../../internal/safe-href.js';
import { renderBadge } from '../tier-badge/tier-badge-view.js';
import type { Messages } from '../../i18n/messages.js';
import type { SortableColumn } from './table-sort.js';

export interface TableContext {
  hub: Hub;
  ranking: BenchmarkRanking;
  lang: string;
  /** The labels in `lang` (i18n/messages.ts). */
  t: Messages;
  /** The feed's URL, for relative links. */
  baseUrl: string;
  extras?: TableExtras;
}

/**
 * What an add-on gives the table (`table-extras.ts`: rank changes and facets, a chunk
 * loaded after the first rows), kept out of the table's first load: a note after each rank, a row filter, toolbar controls,
 * the probe curves.
 */
export interface TableExtras {
  rankNote?: (row: RankedRow) => unknown;
  keep?: (row: RankedRow) => boolean;
  toolbar?: () => unknown;
  /** Shown instead of the probe figures' tables in a row's details (the probe curves). */
  probes?: (row: RankedRow, ctx: TableContext) => unknown;
}

/** An id for one row's element (`name`, `details`), unique in the table: from the model's identity key. */
export const rowId = (prefix: string, row: RankedRow) => `${prefix}-${row.model.key.replace(/[^a-z0-9_-]/gi, '_')}`;

export interface Column extends SortableColumn {
  /** Header tooltip, e.g. "Area under the ROC curve; higher is better". */
  description: string;
  numeric: boolean;
  /** Can be hidden with the column chooser. */
  optional: boolean;
  sortValue: (row: RankedRow) => SortValue;
  cell: (row: RankedRow, ctx: TableContext) => TemplateResult | string;
}

const metricColumnId = (metric: string) => `metric:${metric}`;

export function buildColumns(ctx: TableContext): Column[] {
  const { ranking, hub } = ctx;
  const { t } = ctx;
  const columns: Column[] = [rankColumn(t), modelColumn(t)];
  if (ranking.primary) columns.push(metricColumn(ranking.primary.id, ctx, false));
  if (ranking.rows.some((row) => row.group)) columns.push(groupColumn(t));
  columns.push(tierColumn(ranking, t));
  // A tie-breaker that no ranked run reports would be a column of dashes: leave it out.
  const reported = (id: string) => ranking.rows.some((row) => row.result.metrics[id] !== undefined);
  for (const m of ranking.secondary) if (reported(m.id)) columns.push(metricColumn(m.id, ctx, true));
  for (const m of ranking.shown) columns.push(metricColumn(m.id, ctx, true, true));
  const datasets = new Map((hub.feed.datasets ?? []).map((d) => [d.id, d.name ?? d.id]));
  columns.push({
    id: 'dataset',
    label: t.dataset,
    description: t.datasetHelp,
    numeric: false,
    optional: true,
    firstDirection: 'ascending',
    sortValue: (row) => (row.result.dataset ? datasets.get(row.result.dataset) ?? row.result.dataset : undefined),
    cell: (row) => (row.result.dataset ? html`<span title=${row.result.dataset}>${datasets.get(row.result.dataset) ?? row.result.dataset}</span>` : '—'),
  });
  columns.push({
    id: 'date',
    label: t.date,
    description: t.dateHelp,
    numeric: true,
    optional: true,
    firstDirection: 'descending',
    sortValue: (row) => row.result.date,
    cell: (row, c) => (row.result.date ? html`<time datetime=${row.result.date}>${formatDate(row.result.date, c.lang)}</time>` : '—'),
  });
  return columns;
}

function rankColumn(t: Messages): Column {
  return {
    id: 'rank',
    label: t.rank,
    description: t.rankHelp,
    numeric: true,
    optional: false,
    firstDirection: 'ascending',
    sortValue: (row) => row.rank,
    cell: (row, ctx) => {
      const mark = rankMark(row.rank);
      const tie = row.tied ? t.tiedFor(t.ordinal(row.rank)) : t.ordinal(row.rank);
      return html`<span class="rank" title=${tie}
          >${row.rank <= 10 ? html`<span class="mark" aria-hidden="true">${mark}</span>` : nothing}<span class="rank-number"
            >${row.rank}${row.tied ? html`<span aria-hidden="true">=</span><span class="visually-hidden"> ${t.tied}</span>` : nothing}</span
          ></span
        >${ctx.extras?.rankNote?.(row)}${row.rankRange
          ? html`<span class="rank-range" title=${t.rankRange}>${row.rankRange[0]}–${row.rankRange[1]}</span>`
          : nothing}`;
    },
  };
}

function modelColumn(t: Messages): Column {
  return {
    id: 'model',
    label: t.model,
    description: t.modelHelp,
    numeric: false,
    optional: false,
    firstDirection: 'ascending',
    sortValue: (row) => row.model.name,
    // Names break at spaces, hyphens, _ and /. Their words set the column's least width, except a
    // word of 14+ characters, which may break anywhere (so it cannot push the score out of a phone's
    // view). Past 200 characters (no real name) either would cost seconds of layout.
    cell: (row, ctx) => html`<span class="model-name${row.model.name.length <= 200 && /[^\s/_-]{14}/.test(row.model.name) ? ' wrap' : ''}" id=${rowId('name', row)}
      >${row.model.name.length > 200 ? row.model.name : breakable(row.model.name)}</span
    >${row.rank === 1
        ? html` <span class="crown" role="img" aria-label=${t.leader} title=${t.leader}>👑</span>`
        : nothing}${row.model.baseline ? html` <span class="chip">${t.baseline}</span>` : nothing}${resultRelationship(ctx.hub, row.result) === 'first_party'
        ? html` <span class="chip" title=${t.relationship('first_party')}>${t.selfReported}</span>`
        : nothing}${flagMark(row, t)}${modelLinks(row, ctx)}`,
  };
}

/** ⚠ with the row's cautions (its model's and its result's), read out in full. */
function flagMark(row: RankedRow, t: Messages): TemplateResult | typeof nothing {
  const flags = rowFlags(row);
  if (flags.length === 0) return nothing;
  const text = flagText(flags);
  return html` <span class="flag" role="img" aria-label=${`${t.caution}: ${text}`} title=${text}>⚠</span>`;
}

export function modelLinks(row: RankedRow, ctx: TableContext): TemplateResult | typeof nothing {
  const links = row.model.card?.links ?? [];
  if (links.length === 0) return nothing;
  return html`<span class="links"
    >${links.map((link) => {
      const href = typeof link.url === 'string' ? safeHref(link.url, ctx.baseUrl) : null;
      return href
        ? html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer">${link.label}<span class="visually-hidden"> of ${row.model.name} (opens in a new tab)</span></a>`
        : html`<span class="unsafe-link" title="Not a web link, so shown as text">${link.label}: ${String(link.url)}</span>`;
    })}</span
  >`;
}

/** A metric's column: the primary ranks, a secondary breaks ties, a `shown` one only informs. */
function metricColumn(id: string, ctx: TableContext, optional: boolean, shown = false): Column {
  const definition = ctx.hub.metric(id);
  const lower = definition.direction === 'lower';
  const isPrimary = ctx.ranking.primary?.id === id;
  const decimals = isPrimary ? ctx.ranking.decimals : definition.decimals ?? 4;
  return {
    id: metricColumnId(id),
    label: id,
    description: ctx.t.metricHelp(definition.name, lower, isPrimary ? 'ranks' : shown ? 'shown' : 'ties'),
    numeric: true,
    optional,
    firstDirection: lower ? 'ascending' : 'descending',
    sortValue: (row) => pointValue(row.result.metrics[id]),
    cell: (row, c) => {
      // The primary's interval may be derived (from an item count); the row has it.
      const reading = isPrimary ? { value: row.score, interval: row.interval } : readMetric(row.result.metrics[id], id);
      if (!('value' in reading)) return html`<span class="missing" title=${reading.reason}>—</span>`;
      const value = formatNumber(reading.value, decimals, c.lang);
      if (!reading.interval) return value;
      const half = (reading.interval[1] - reading.interval[0]) / 2;
      const range = c.t.valueRange(formatNumber(reading.interval[0], decimals, c.lang), formatNumber(reading.interval[1], decimals, c.lang));
      const basis = isPrimary && row.error ? c.t.errorBasis(row.error.basis, row.error.n ? formatNumber(row.error.n, 0, c.lang) : null) : null;
      return html`<span title=${c.t.intervalTip(range, basis)}>${value}<span class="pm"> ± ${formatNumber(half, decimals, c.lang)}</span></span>`;
    },
  };
}

/** Tie groups: models that share a letter cannot be told apart (core/ranking/tie-groups.ts). */
function groupColumn(t: Messages): Column {
  return {
    id: 'group',
    label: t.group,
    description: t.groupHelp,
    numeric: false,
    optional: true,
    firstDirection: 'ascending',
    sortValue: (row) => (row.group ? row.group.first + row.group.last / 1e6 : undefined),
    cell: (row) => (row.group ? html`<span class="group">${tieGroupLabel(row.group)}</span>` : html`<span class="missing" title=${t.noStandardError}>—</span>`),
  };
}

function tierColumn(ranking: BenchmarkRanking, t: Messages): Column {
  const order = new Map((ranking.tierScale?.steps ?? []).map((s, i) => [s.tier.id, i]));
  return {
    id: 'tier',
    label: t.tier,
    description: t.tierHelp,
    numeric: false,
    optional: true,
    firstDirection: 'ascending',
    sortValue: (row) => (row.tier ? order.get(row.tier.id) : undefined),
    cell: (row, ctx) =>
      ranking.tierScale
        ? renderBadge({ tier: row.tier, scale: ranking.tierScale, decimals: Math.min(ranking.primary?.definition.decimals ?? 2, 2), lang: ctx.lang, part: 'badge', t: ctx.t })
        : '—',
  };
}
