import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import type { NotebookDb } from '../store/database.ts';
import { searchIndex } from '../store/search-index.ts';

type SearchResult = ResponseOf<'search.query'>;
type SearchHit = SearchResult['hits'][number];

export const DEFAULT_SEARCH_LIMIT = 50;
const MAX_TERMS = 32;

/**
 * Turns what a person typed into an FTS5 query that can never be a syntax error: every word becomes a
 * quoted phrase (quotes doubled), the last one matched as a prefix, and all words must occur. Null when nothing is left.
 */
export function toMatchExpression(query: string): string | null {
  const terms = query
    .split(/\s+/u)
    .map((term) => term.replace(/[\p{C}]/gu, ''))
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  // Only the last word matches as a prefix, so results follow the typing without "pr" finding "produce".
  return terms.map((term, index) => `"${term.replace(/"/g, '""')}"${index === terms.length - 1 ? '*' : ''}`).join(' ');
}

/** Full-text search over every live case, item and source of the notebook, best match first. */
export function searchNotebook(db: NotebookDb, query: string, limit: number = DEFAULT_SEARCH_LIMIT): SearchResult {
  const match = toMatchExpression(query);
  if (match === null) return { hits: [] };
  const hits = searchIndex(db, match, limit).map((hit): SearchHit => ({
    caseId: hit.caseId,
    kind: hit.kind === 'snapshot' ? 'source' : (hit.kind as SearchHit['kind']),
    id: hit.id,
    snippet: hit.snippet,
  }));
  return { hits };
}

export function searchQuery(db: NotebookDb, request: ParsedRequestOf<'search.query'>): SearchResult {
  return searchNotebook(db, request.query, request.limit);
}
