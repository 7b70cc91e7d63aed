// The view a link can carry (sync-url): each table's sort keys and search, and the overall view.
// Stored in the page's query string under fm-* names, so other parameters are left alone.
import { readFacets, writeFacets, type FacetSelection } from '../../core/index.js';
import type { SortState } from '../../events/fm-sort-change.js';

export interface TableView {
  sortKeys?: SortState[];
  query?: string;
}

export interface ViewState {
  overall?: 'best' | 'mean';
  /** The hub's facet choice (`fm-facets=licence:open;size:1b-10b`). */
  facets?: FacetSelection;
  tables: Map<string, TableView>;
}

const SORT = 'fm-sort:';
const QUERY = 'fm-q:';

/** "metric:AUROC~descending,model~ascending" ⇄ sort keys. */
function parseSort(text: string): SortState[] {
  return text
    .split(',')
    .map((part) => {
      const i = part.lastIndexOf('~');
      const direction = part.slice(i + 1);
      return { column: part.slice(0, i), direction } as SortState;
    })
    .filter((k) => k.column && (k.direction === 'ascending' || k.direction === 'descending'));
}

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const tables = new Map<string, TableView>();
  const table = (id: string) => tables.get(id) ?? (tables.set(id, {}), tables.get(id)!);
  for (const [key, value] of params) {
    if (key.startsWith(SORT)) table(key.slice(SORT.length)).sortKeys = parseSort(value);
    if (key.startsWith(QUERY)) table(key.slice(QUERY.length)).query = value;
  }
  const overall = params.get('fm-overall');
  const facets = params.get('fm-facets');
  return { overall: overall === 'best' || overall === 'mean' ? overall : undefined, facets: facets ? readFacets(facets) : undefined, tables };
}

/** The page's query string with one table's view written in (empty values removed). */
export function writeTableView(search: string, benchmark: string, view: TableView): string {
  const params = new URLSearchParams(search);
  if (view.sortKeys !== undefined) {
    if (view.sortKeys.length > 0) params.set(SORT + benchmark, view.sortKeys.map((k) => `${k.column}~${k.direction}`).join(','));
    else params.delete(SORT + benchmark);
  }
  if (view.query !== undefined) {
    if (view.query) params.set(QUERY + benchmark, view.query);
    else params.delete(QUERY + benchmark);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function writeOverall(search: string, overall: 'best' | 'mean'): string {
  const params = new URLSearchParams(search);
  params.set('fm-overall', overall);
  return `?${params.toString()}`;
}

/** The page's query string with the hub's facet choice written in (removed when none). */
export function writeFacetsParam(search: string, selection: FacetSelection): string {
  const params = new URLSearchParams(search);
  const text = writeFacets(selection);
  if (text) params.set('fm-facets', text);
  else params.delete('fm-facets');
  const query = params.toString();
  return query ? `?${query}` : '';
}
