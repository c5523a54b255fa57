// Full-text search by pages, for /search (and its buttons) and `herald search`.
import { fail, ok, type Result } from '../result.js';
import type { Store } from '../store/index.js';
import { SEARCH_PAGE_SIZE, type SearchHit } from '../store/types.js';

export interface SearchResults {
  query: string;
  page: number;
  /** Pages of results (0 when nothing matches). */
  pages: number;
  total: number;
  capped: boolean;
  /** Query words past the store's limit, left out of the search. */
  ignoredTerms: number;
  hits: SearchHit[];
}

export type SearchProblem = {
  code: 'no-such-page';
  query: string;
  page: number;
  pages: number;
  total: number;
  capped: boolean;
};

/** One page of results; nothing matching is a result (total 0), a page past the last is a problem. */
export function searchArticles(
  store: Store,
  query: string,
  page: number,
): Result<SearchResults, SearchProblem> {
  const result = store.articles.search(query, {
    limit: SEARCH_PAGE_SIZE,
    offset: (page - 1) * SEARCH_PAGE_SIZE,
  });
  const pages = Math.ceil(result.total / SEARCH_PAGE_SIZE);
  const { total, capped, hits } = result;
  if (total > 0 && hits.length === 0)
    return fail({ code: 'no-such-page', query, page, pages, total, capped });
  return ok({ query, page, pages, total, capped, ignoredTerms: result.ignoredTerms ?? 0, hits });
}
