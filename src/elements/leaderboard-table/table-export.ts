// What a table shows (rows after search and sort, columns not hidden) as CSV or JSON. Kept apart from
// the table element: <fm-leaderboard> puts export buttons on its tables, and a page that shows a
// table alone imports these only if it offers export (the table alone has a size budget).
import { flagText, readMetric, resultRelationship, rowFlags, tieGroupLabel, type Hub, type RankedRow } from '../../core/index.js';

/** What a table shows: `FmLeaderboardTable.shown`. */
export interface ShownTable {
  /** The benchmark's id. */
  benchmark: string;
  /** The columns shown, in order (`rank`, `model`, `metric:<id>`, `group`, `tier`, `dataset`, `date`). */
  columns: ReadonlyArray<{ id: string; label: string }>;
  /** The rows shown, in order. */
  rows: readonly RankedRow[];
  /** The hub they were ranked from: who reported each result may be its suite's to say. */
  hub?: Hub;
}

export type ExportRecord = Record<string, string | number | null>;

/** Plain values per column: numbers stay numbers; medals and emoji never appear. */
function cellValue(column: string, row: RankedRow): string | number | null {
  if (column === 'rank') return row.rank;
  if (column === 'model') return row.model.name;
  if (column === 'tier') return row.tier?.label ?? null;
  if (column === 'group') return row.group ? tieGroupLabel(row.group) : null;
  if (column === 'dataset') return row.result.dataset ?? null;
  if (column === 'date') return row.result.date ?? null;
  if (column.startsWith('metric:')) {
    const id = column.slice('metric:'.length);
    const reading = readMetric(row.result.metrics[id], id);
    return 'value' in reading ? reading.value : null;
  }
  return null;
}

/**
 * One record per row: `model_id`, then each column's label and plain value, `evaluator_relationship`
 * (who ran the result) and `flags` where any row has one.
 */
export function tableRecords(table: ShownTable): ExportRecord[] {
  const flagged = table.rows.some((row) => rowFlags(row).length > 0);
  const relationship = (row: RankedRow) => (table.hub ? resultRelationship(table.hub, row.result) : row.result.evaluator_relationship) ?? null;
  const reported = table.rows.some((row) => relationship(row) !== null);
  return table.rows.map((row) =>
    Object.fromEntries([
      ['model_id', row.model.id],
      ...table.columns.map((c) => [c.label, cellValue(c.id, row)]),
      ...(reported ? [['evaluator_relationship', relationship(row)]] : []),
      ...(flagged ? [['flags', rowFlags(row).length > 0 ? flagText(rowFlags(row)) : null]] : []),
    ]),
  );
}

/**
 * A CSV field: quoted when needed; text that a spreadsheet would run as a formula (= + - @, tab,
 * carriage return first) gets a leading apostrophe, because feed text is untrusted.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The shown table as CSV (RFC 4180, CRLF line ends, a header line), formula-like cells defused. */
export function tableToCsv(table: ShownTable): string {
  const records = tableRecords(table);
  if (records.length === 0) return '';
  const headers = Object.keys(records[0]);
  return [headers.map(csvField).join(','), ...records.map((r) => headers.map((h) => csvField(r[h])).join(','))].join('\r\n') + '\r\n';
}

/** The shown table as JSON: an array of records keyed by column label, numbers as numbers. */
export function tableToJson(table: ShownTable): string {
  return JSON.stringify(tableRecords(table), null, 2);
}

/** Offers the shown table as a file download, named after the benchmark (`BM-001.csv`). */
export function downloadTable(table: ShownTable, format: 'csv' | 'json'): void {
  const text = format === 'csv' ? tableToCsv(table) : tableToJson(table);
  const url = URL.createObjectURL(new Blob([text], { type: format === 'csv' ? 'text/csv' : 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${table.benchmark.replace(/[^\w.-]+/g, '_') || 'leaderboard'}.${format}`;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
