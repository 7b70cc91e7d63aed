// The view a link can carry (sync-url): each table's sort keys, search and facets, the overall
// view and the hub's facets.
// Stored in the page's query string under fm-* names, so other parameters are left alone.
import { readFacets, writeFacets, type FacetSelection } from '../../core/index.js';
import type { SortState } from '../../events/fm-sort-change.js';

export interface TableView {
  sortKeys?: SortState[];
  query?: string;
  /** The table's own facet choice (its toolbar's Filter). */
  facets?: FacetSelection;
}

export interface ViewState {
  overall?: 'best' | 'mean';
  /** The hub's facet choice (`fm-facets=licence:open;size:1b-10b`). */
  facets?: FacetSelection;
  tables: Map<string, TableView>;
}

const SORT = 'fm-sort:';
const QUERY = 'fm-q:';
const FACETS = 'fm-f:';

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
    if (key.startsWith(FACETS)) table(key.slice(FACETS.length)).facets = readFacets(value);
  }
  const overall = params.get('fm-overall');
  const facets = params.get('fm-facets');
  return { overall: overall === 'best' || overall === 'mean' ? overall : undefined, facets: facets ? readFacets(facets) : undefined, tables };
}

/** The page's query string edited; "" when nothing is left. */
export function editedSearch(search: string, edit: (params: URLSearchParams) => void): string {
  const params = new URLSearchParams(search);
  edit(params);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Sets `key`, or removes it for an empty value. */
function put(params: URLSearchParams, key: string, value: string): void {
  if (value) params.set(key, value);
  else params.delete(key);
}

/** The page's query string with one table's view written in (empty values removed). */
export function writeTableView(search: string, benchmark: string, view: TableView): string {
  return editedSearch(search, (params) => {
    if (view.sortKeys) put(params, SORT + benchmark, view.sortKeys.map((k) => `${k.column}~${k.direction}`).join(','));
    if (view.query !== undefined) put(params, QUERY + benchmark, view.query);
    if (view.facets) put(params, FACETS + benchmark, writeFacets(view.facets));
  });
}

export function writeOverall(search: string, overall: 'best' | 'mean'): string {
  return editedSearch(search, (params) => params.set('fm-overall', overall));
}

/** The page's query string with the hub's facet choice written in (removed when none). */
export function writeFacetsParam(search: string, selection: FacetSelection): string {
  return editedSearch(search, (params) => put(params, 'fm-facets', writeFacets(selection)));
}

/** Puts a query string in the address bar, keeping the path and fragment, adding no history entry. */
export function replaceSearch(search: string): void {
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

/**
 * Lands on the element a fragment link (#fm-…) names in `root`: the browser does not look into
 * shadow roots. A pending section (aria-busy) is first handed to `drawFirst`, which returns true
 * when it will land there once drawn. Opens the <details> around the target and focuses it.
 */
export function scrollToFragment(root: ShadowRoot | null, drawFirst: (anchor: string) => boolean): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id.startsWith('fm-')) return;
  const target = root?.getElementById(id);
  if (!target || (target.getAttribute('aria-busy') === 'true' && drawFirst(id))) return;
  const open = target.closest('details');
  if (open) open.open = true;
  target.scrollIntoView({ block: 'start' });
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}
