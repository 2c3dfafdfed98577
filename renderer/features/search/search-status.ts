import type { SearchState } from './use-search.ts';

/** The line under the search box: what the results on screen are, or that they are on their way. */
export function searchStatus(search: SearchState, hitCount: number): string {
  if (search.searching) return 'Searching…';
  if (search.query === '' || search.error !== null) return '';
  if (hitCount === 0) return `No matches for “${search.query}”.`;
  const count = `${hitCount} ${hitCount === 1 ? 'result' : 'results'}`;
  return search.truncated ? `${count} — more results: refine the query` : count;
}
