/**
 * The search page's behaviour: reads the state from the URL, runs the search with
 * Pagefind (loaded on demand from /pagefind/pagefind.js), renders results and filters,
 * and keeps the URL in step (pushState on a new search or filter, popstate restores).
 * All logic lives in src/lib/search/; this file only connects it to the page.
 *
 * The index is in shards (/pagefind/shards.json): a search covers the newest year (and
 * the delta shard) first, then the older years that can hold the query while a page of
 * results is not filled (scope.ts), or all of them when the reader asks; without a
 * manifest it is the one bundle at /pagefind/.
 */
import { loadFilterValues, runQuery, verifyRelated, type FacetValue, type FilterCounts, type Hit } from '../lib/search/engine.ts';
import { parseQuery } from '../lib/search/query.ts';
import { SearchScope, scopedQuery, type PagefindHandle } from '../lib/search/scope.ts';
import { MANIFEST_PATH } from '../lib/search/shards.ts';
import { parseState as parseWith, sameState as sameWith, stateToSearch as searchWith, type FilterKey, type SearchState } from '../lib/search/state.ts';
import { buildExcerpt, highlightTitle, type Segment } from '../lib/search/excerpt.ts';
import { cleanContent, readableContent } from '../lib/search/text.ts';
import { SEARCH } from '../lib/ui-strings.ts';
import { scopeNoticeText, statusText, type StatusInput } from '../lib/search/status.ts';

const PAGE = 10;
const RELATED = 5;
/** Outside Vite's reach on purpose: the bundle is written after the site is built. */
const PAGEFIND_URL = '/pagefind/pagefind.js';

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setUp(root);

function setUp(root: HTMLElement) {
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('#search-q');
  const panel = $<HTMLDetailsElement>('[data-search-filters]');
  // The filters are those the page lists: the shared ones and those the kinds add (src/kinds/).
  const selectList = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const FILTER_KEYS = selectList.map((s) => s.dataset.filter!);
  const selects = new Map(selectList.map((s) => [s.dataset.filter!, s]));
  const filterLabel = (key: string) => root.querySelector(`label[for="search-${key}"]`)?.textContent?.trim() ?? key;
  const allLabels = new Map(selectList.map((s) => [s.dataset.filter!, s.options[0]?.text ?? '']));
  const parseState = (search: string | URLSearchParams) => parseWith(search, FILTER_KEYS);
  const stateToSearch = (state: SearchState) => searchWith(state, FILTER_KEYS);
  const sameState = (a: SearchState, b: SearchState) => sameWith(a, b, FILTER_KEYS);
  const sortSelect = $<HTMLSelectElement>('[data-search-sort]');
  const status = $<HTMLElement>('[data-search-status]');
  const results = $<HTMLElement>('[data-search-results]');
  const list = $<HTMLOListElement>('[data-search-list]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const empty = $<HTMLElement>('[data-search-empty]');
  const withoutFilters = $<HTMLElement>('[data-search-without-filters]');
  const related = $<HTMLElement>('[data-search-related]');
  const relatedList = $<HTMLOListElement>('[data-search-related-list]');
  const clearButtons = root.querySelectorAll<HTMLButtonElement>('[data-search-clear]');
  const clearFilters = panel.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const scopeBox = $<HTMLElement>('[data-search-scope]');
  const scopeText = $<HTMLElement>('[data-search-scope-text]');
  const widenButton = $<HTMLButtonElement>('[data-search-widen]');

  let scope: Promise<SearchScope> | undefined;
  /** The scope once loaded (for synchronous checks). */
  let ready: SearchScope | undefined;
  // Filter values (and Pagefind's filter data) are only downloaded once the filters are wanted,
  // for the shards searched at the time (again once the search has widened).
  let filterValues: { widened: boolean; values: Promise<Record<FilterKey, FacetValue[]>> } | undefined;
  let current: { hits: Hit[]; shown: number; parts: string[]; pinLabel: string; message: StatusInput } | undefined;
  let run = 0;
  let widening = false;

  const load = () =>
    (scope ??= (async () => {
      const [m, manifest] = await Promise.all([import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindHandle & { init(): Promise<void> }>, readManifest()]);
      await m.init();
      const s = new SearchScope(m, manifest);
      await s.open();
      return (ready = s);
    })());
  const loadFilters = async () => {
    const s = await load();
    if (!filterValues || filterValues.widened !== s.widened) filterValues = { widened: s.widened, values: loadFilterValues(s.api, FILTER_KEYS) };
    return filterValues.values;
  };

  const readForm = (): SearchState => parseState(new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)])));

  const writeForm = (state: SearchState) => {
    input.value = state.q;
    for (const [k, sel] of selects) setSelect(sel, state.filters[k] ?? '');
    sortSelect.value = state.sort === 'date' ? 'date' : '';
    const header = document.querySelector<HTMLInputElement>('#site-search-q');
    if (header) header.value = state.q;
  };

  const navigate = (state: SearchState) => {
    if (!sameState(state, parseState(location.search))) history.pushState(null, '', `${location.pathname}${stateToSearch(state)}`);
    void show(state);
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    navigate(readForm());
  });
  for (const sel of [...selects.values(), sortSelect]) sel.addEventListener('change', () => navigate(readForm()));
  for (const b of clearButtons) b.addEventListener('click', () => navigate({ ...readForm(), filters: {} }));
  more.addEventListener('click', () => void showMore(true));
  widenButton.addEventListener('click', () => void widenAll());
  panel.addEventListener('toggle', () => {
    if (panel.open && (!filterValues || filterValues.widened !== ready?.widened)) void refreshFilters();
  });
  addEventListener('popstate', () => void show(parseState(location.search), { quiet: true }));

  panel.hidden = false;
  void show(parseState(location.search), { quiet: true });

  /** The panel was opened: download the filter values and fill the options for the shown results. */
  async function refreshFilters() {
    const mine = run;
    const state = parseState(location.search);
    const values = await loadFilters();
    const query = parseQuery(state.q);
    // In the shards searched now: the counts are those of the results shown.
    const outcome =
      query.parts.length || Object.keys(state.filters).length
        ? await runQuery((await load()).api, query, state, { withCounts: true, filterKeys: FILTER_KEYS })
        : undefined;
    if (mine === run) fillFilters(values, outcome?.counts, state);
  }

  /** The reader asked to search every year: widen, search again, focus the first result. */
  async function widenAll() {
    if (widening) return;
    widening = true;
    try {
      const s = await load();
      say(SEARCH.widening(s.pendingYears));
      await s.widen();
      await show(parseState(location.search), { focus: true });
    } catch (error) {
      console.error(error);
      say(SEARCH.unavailable);
    } finally {
      widening = false;
    }
  }

  /**
   * Show the results for a state. `quiet`: nothing was asked yet (page load, history);
   * `focus`: move focus to the first result (the scope notice's button was used).
   */
  async function show(state: SearchState, how: { quiet?: boolean; focus?: boolean } = {}) {
    const mine = ++run;
    writeForm(state);
    const active = FILTER_KEYS.filter((k) => state.filters[k]);
    clearFilters.hidden = active.length === 0;
    if (active.length > 0 || state.sort === 'date') {
      // Start the download before the panel's toggle event asks for it.
      void loadFilters();
      panel.open = true;
    }
    if (!state.q && active.length === 0) {
      results.hidden = true;
      scopeBox.hidden = true;
      empty.hidden = true;
      say(how.quiet ? '' : SEARCH.emptyQuery);
      current = undefined;
      if (panel.open) fillFilters(await loadFilters(), undefined, state);
      return;
    }
    say(SEARCH.loading);
    try {
      const s = await load();
      const query = parseQuery(state.q);
      // With the panel open, the filter data is loaded before each search, so the counts
      // come with the results (for the shards searched: again after widening).
      const filters: { values?: Record<FilterKey, FacetValue[]> } = {};
      const prepare = panel.open ? async () => void (filters.values = await loadFilters()) : undefined;
      const { outcome, decision, searched, unsearched, elsewhere, numbersOnly } = await scopedQuery(
        s,
        query,
        state,
        { withCounts: panel.open, filterKeys: FILTER_KEYS },
        prepare,
      );
      if (mine !== run) return;
      if (filters.values) fillFilters(filters.values, outcome.counts, state);
      const hits = outcome.exact;
      // Only the newest years were searched and older ones may hold more: say so, offer the rest.
      const partial = !decision.widen && decision.partial;
      const filterText = active.map((k) => `${filterLabel(k)} ${state.filters[k]}`).join('，');
      const message: StatusInput = {
        query: state.q ? query.text : '',
        count: hits.length,
        shown: 0,
        searched: partial ? searched : undefined,
        unsearched: partial ? unsearched : undefined,
        elsewhere: partial ? elsewhere : 0,
        numbersOnly,
        filters: filterText,
        byDate: state.sort === 'date',
        datedForSize: outcome.datedForSize,
        rankLimit: outcome.rankLimit,
      };
      scopeBox.hidden = !(partial && hits.length > 0);
      if (partial) {
        scopeText.textContent = scopeNoticeText(searched, unsearched, numbersOnly);
        widenButton.textContent = numbersOnly ? SEARCH.widenMentions : SEARCH.widen(unsearched);
      }
      if (hits.length > 0) {
        empty.hidden = true;
        results.hidden = false;
        list.replaceChildren();
        const pinLabel = query.docNumber ? SEARCH.exactDocNumber : SEARCH.exactIndexNumber;
        current = { hits, shown: 0, parts: query.parts, pinLabel, message };
        await showMore(how.focus ?? false);
        return;
      }
      // Nothing contains the query (under these filters): say so plainly, with suggestions.
      current = undefined;
      const filteredOut = (outcome.unfiltered ?? 0) > 0;
      const heading = !state.q ? SEARCH.browsing(0) : filteredOut ? SEARCH.noResultsFiltered(query.text) : SEARCH.noResults(query.text);
      $('[data-search-empty-heading]').textContent = heading;
      withoutFilters.hidden = !filteredOut;
      withoutFilters.querySelector('span')!.textContent = SEARCH.withoutFilters(outcome.unfiltered ?? 0);
      const rel = await verifyRelated(outcome.related, query, RELATED);
      const items = await Promise.all(rel.map((h) => resultItem(h, query.parts, '')));
      if (mine !== run) return;
      $('[data-search-related-note]').textContent = SEARCH.relatedNote(query.text);
      relatedList.replaceChildren(...items);
      related.hidden = items.length === 0;
      results.hidden = true;
      empty.hidden = false;
      say(heading);
      if (how.focus) input.focus();
    } catch (error) {
      console.error(error);
      if (mine === run) say(SEARCH.unavailable);
    }
  }

  /** Show the next page of results; when asked by the user, move focus to the first new one. */
  async function showMore(focus: boolean) {
    if (!current) return;
    const mine = run;
    const c = current;
    const next = c.hits.slice(c.shown, c.shown + PAGE);
    const items = await Promise.all(next.map((h) => resultItem(h, c.parts, c.pinLabel)));
    if (mine !== run) return;
    list.append(...items);
    c.shown += next.length;
    const left = c.hits.length - c.shown;
    more.hidden = left <= 0;
    more.textContent = SEARCH.more(left);
    say(statusText({ ...c.message, shown: c.shown }));
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  function say(text: string) {
    status.textContent = text;
  }

  /**
   * Options of each filter: every value, with how many results it would give when the
   * counts are known (queries of one piece); values without results are left out, except
   * the chosen one.
   */
  function fillFilters(values: Record<FilterKey, FacetValue[]>, counts: FilterCounts | undefined, state: SearchState) {
    // Years with a shard not searched yet are offered too, without a count (a year of quarter
    // shards may be partly searched: its count would not be the year's): choosing one widens the search.
    const pendingYears = new Set(ready?.unsearchedYears ?? []);
    const unsearched = [...pendingYears].filter((y) => !(values.year ?? []).some((v) => v.value === y));
    for (const [key, sel] of selects) {
      const chosen = state.filters[key] ?? '';
      const options = [new Option(allLabels.get(key) ?? '', '')];
      const list: Array<FacetValue & { unknown?: boolean }> =
        key === 'year' && pendingYears.size
          ? [
              ...(values.year ?? []).map((v) => ({ ...v, unknown: pendingYears.has(v.value) })),
              ...unsearched.map((value) => ({ value, count: 0, unknown: true })),
            ].sort((a, b) => b.value.localeCompare(a.value))
          : (values[key] ?? []);
      for (const { value, count, unknown } of list) {
        const n = unknown ? undefined : counts ? (counts[key]?.get(value) ?? 0) : state.q ? undefined : count;
        if (n === undefined) options.push(new Option(value, value));
        else if (n > 0 || value === chosen) options.push(new Option(`${value}（${n}）`, value));
      }
      if (chosen && !list.some((v) => v.value === chosen)) options.push(new Option(chosen, chosen));
      sel.replaceChildren(...options);
      sel.value = chosen;
    }
  }
}

/** /pagefind/shards.json, or undefined when there is none (one bundle) or it cannot be read. */
async function readManifest(): Promise<unknown> {
  try {
    // Revalidated: every build and publish rewrites it, and a stale list would miss the delta shard.
    const r = await fetch(MANIFEST_PATH, { cache: 'no-cache' });
    return r.ok ? await r.json() : undefined;
  } catch {
    return undefined;
  }
}

function setSelect(sel: HTMLSelectElement, value: string) {
  if (value && ![...sel.options].some((o) => o.value === value)) sel.append(new Option(value, value));
  sel.value = value;
}

/** Text with highlighted parts as DOM nodes (no innerHTML: content is never parsed as HTML). */
function segments(parent: HTMLElement, segs: Segment[]) {
  for (const s of segs) {
    if (s.hit) {
      const mark = document.createElement('mark');
      mark.textContent = s.text;
      parent.append(mark);
    } else parent.append(s.text);
  }
  return parent;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result: title link, excerpt, then 发布日期 · 栏目 · 文号. */
async function resultItem(hit: Hit, parts: string[], pinLabel: string): Promise<HTMLLIElement> {
  const d = await hit.result.data();
  const title = d.meta.title ?? d.url;
  const li = el('li', 'search-result');
  const h = el('h3');
  // One span inside the link: the link is a flex box (for its target size), and each
  // highlighted word would otherwise be a flex item of its own, a column of its own on a phone.
  const a = el('a');
  a.append(segments(el('span'), highlightTitle(title, parts)));
  a.href = d.url;
  const validity = d.filters?.validity?.[0];
  if (validity && validity !== '有效') h.append(el('span', 'tag tag--danger', validity));
  h.append(a);
  if (hit.pinned && pinLabel) h.append(' ', el('span', 'tag', pinLabel));
  li.append(h);
  if (parts.length) {
    const { text, bodyStart } = readableContent(d.content);
    const ex = buildExcerpt(text, parts, cleanContent(title), bodyStart);
    const p = segments(el('p', 'search-result__excerpt'), ex.segments);
    if (ex.cutStart) p.prepend('…');
    if (ex.cutEnd) p.append('…');
    li.append(p);
  }
  const meta = el('dl', 'search-result__meta');
  const row = (label: string, value: string | undefined, time = false) => {
    if (!value) return;
    const div = el('div');
    const dd = el('dd');
    if (time) {
      const t = el('time', undefined, value);
      t.dateTime = value;
      dd.append(t);
    } else dd.textContent = value;
    div.append(el('dt', undefined, `${label}：`), dd);
    meta.append(div);
  };
  row(SEARCH.published, d.meta.date, true);
  row(SEARCH.column, d.meta.column);
  row(SEARCH.docNumber, d.meta.docNumber);
  li.append(meta);
  return li;
}
