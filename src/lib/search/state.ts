/**
 * The search page's state and its URL: /search/?q=…&column=…&kind=…&year=…&publisher=…&validity=…&sort=date.
 * The URL is the single source of truth, so a shared link, a reload and back/forward all
 * show the same search.
 */

/**
 * The filters every item has, in the order they appear in the URL and on the page. Kinds
 * add their own after these (`facets` in src/kinds/); the page lists every filter key in
 * its form (`select[data-filter]`), and functions here take that list as `keys`.
 */
export const FILTER_KEYS: readonly string[] = ['column', 'kind', 'year', 'publisher', 'validity'];
export type FilterKey = string;
export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: SortOrder;
}

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevance' };

/** Longest value accepted from the URL for any parameter. */
const MAX_PARAM = 200;

const clean = (v: string | null): string => (v ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_PARAM);

/** Read the state from a query string (`?q=…` or `q=…`) or URLSearchParams; unknown keys are ignored. */
export function parseState(search: string | URLSearchParams, keys: readonly string[] = FILTER_KEYS): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const key of keys) {
    const v = clean(params.get(key));
    if (v) filters[key] = v;
  }
  return { q: clean(params.get('q')), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** The query string for a state, `?`-prefixed, in a fixed key order; '' for the empty state. */
export function stateToSearch(state: SearchState, keys: readonly string[] = FILTER_KEYS): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of keys) {
    const v = state.filters[key];
    if (v) params.set(key, v);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Whether two states describe the same search. */
export function sameState(a: SearchState, b: SearchState, keys: readonly string[] = FILTER_KEYS): boolean {
  return stateToSearch(a, keys) === stateToSearch(b, keys);
}

/** Active filters in Pagefind's `{ filters }` shape. */
export function toPagefindFilters(state: Pick<SearchState, 'filters'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(state.filters)) if (v) out[key] = v;
  return out;
}

/** Number of active filters. */
export function activeFilterCount(state: Pick<SearchState, 'filters'>): number {
  return Object.values(state.filters).filter(Boolean).length;
}
