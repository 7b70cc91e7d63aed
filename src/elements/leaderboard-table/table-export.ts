// The visible table (rows after filter and sort, columns not hidden) as CSV or JSON.
import { readMetric, type RankedRow } from '../../core/index.js';
import type { Column } from './table-columns.js';

/** Plain values per column: numbers stay numbers; medals and emoji never appear. */
function cellValue(column: Column, row: RankedRow): string | number | null {
  if (column.id === 'rank') return row.rank;
  if (column.id === 'model') return row.model.name;
  if (column.id === 'tier') return row.tier?.label ?? null;
  if (column.id === 'dataset') return row.result.dataset ?? null;
  if (column.id === 'date') return row.result.date ?? null;
  if (column.id.startsWith('metric:')) {
    const id = column.id.slice('metric:'.length);
    const reading = readMetric(row.result.metrics[id], id);
    return 'value' in reading ? reading.value : null;
  }
  return null;
}

export function exportRows(columns: Column[], rows: RankedRow[]): Array<Record<string, string | number | null>> {
  return rows.map((row) => Object.fromEntries([['model_id', row.model.id], ...columns.map((c) => [c.label, cellValue(c, row)])]));
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

export function toCsv(records: Array<Record<string, string | number | null>>): string {
  if (records.length === 0) return '';
  const headers = Object.keys(records[0]);
  return [headers.map(csvField).join(','), ...records.map((r) => headers.map((h) => csvField(r[h])).join(','))].join('\r\n') + '\r\n';
}

/** Offers `text` as a file download. */
export function download(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
