/**
 * The words the search page says about a result list (its status line and the scope
 * notice), as pure functions so the rules are tested without a browser:
 *   - while only the newest years (or quarters) are searched, every count is said to be
 *     theirs and the time not searched yet is named, so no partial count reads as the total;
 *   - a 文号/索引号 looked up in the number table says that only its documents are shown;
 *   - when there are too many results to rank, the status says that they are in date
 *     order and why, instead of the 按相关度 choice silently meaning something else.
 */
import { SEARCH } from '../ui-strings.ts';
import { rankLimit } from './engine.ts';

export interface StatusInput {
  /** The query as shown (empty when only filters are set). */
  query: string;
  /** Results found in the shards searched. */
  count: number;
  /** Results shown so far. */
  shown: number;
  /** Only these years were searched (2026 年), while `unsearched` years may hold more; undefined when every year was. */
  searched?: string | undefined;
  /** The years not searched yet (2019—2025 年). */
  unsearched?: string | undefined;
  /**
   * Of `count`, results found by their 文号/索引号 in years not searched (the number table):
   * said apart, so the count of the years searched stays theirs.
   */
  elsewhere?: number | undefined;
  /** Only the documents with the queried 文号/索引号 were looked up (ScopedOutcome.numbersOnly). */
  numbersOnly?: boolean | undefined;
  /** Active filters as read (栏目 行政处罚，年份 2024). */
  filters?: string | undefined;
  /** The reader asked for date order. */
  byDate?: boolean | undefined;
  /** Relevance was asked for, but there were too many results to rank (QueryOutcome.datedForSize). */
  datedForSize?: boolean | undefined;
  /** Then: the most results that query could have had ranked (QueryOutcome.rankLimit). */
  rankLimit?: number | undefined;
}

/** The status line once results are shown. */
export function statusText(i: StatusInput): string {
  if (i.numbersOnly) return SEARCH.foundByNumber(i.count, i.query) + SEARCH.showing(i.shown) + SEARCH.mentionsNotSearched;
  const partial = Boolean(i.searched && i.unsearched);
  const elsewhere = partial ? (i.elsewhere ?? 0) : 0;
  let text = (partial ? SEARCH.inYears(i.searched!) : '') + (i.query ? SEARCH.found(i.count - elsewhere, i.query) : SEARCH.browsing(i.count));
  if (elsewhere > 0) text += SEARCH.exactElsewhere(elsewhere);
  if (i.filters) text += SEARCH.filteredBy(i.filters);
  if (i.byDate && i.query) text += SEARCH.sortedByDate;
  if (i.count > 0) text += SEARCH.showing(i.shown);
  text += partial ? SEARCH.notSearched(i.unsearched!) : '。';
  return !i.byDate && i.datedForSize ? text + SEARCH.manyByDate(i.rankLimit ?? rankLimit(1)) : text;
}

/**
 * The notice above a partial result list (with the button that searches the other years):
 * no count, only which years; or that only the document with the 文号/索引号 was looked up.
 */
export function scopeNoticeText(searched: string, unsearched: string, numbersOnly = false): string {
  return numbersOnly ? SEARCH.numbersOnlyNotice : SEARCH.scopeNotice(searched, unsearched);
}
