import type { NotebookDb } from './database.ts';

export interface SearchIndexHit {
  readonly caseId: string | null;
  /** The indexed kind: a search hit kind, or 'snapshot' for a source's captured text. */
  readonly kind: string;
  readonly id: string;
  readonly snippet: string;
}

export const SNIPPET_MARK_START = '«';
export const SNIPPET_MARK_END = '»';

/**
 * Runs an FTS5 match expression (the caller builds it from quoted terms) over live items of live cases
 * and live sources, best match first.
 */
export function searchIndex(db: NotebookDb, match: string, limit: number): SearchIndexHit[] {
  return db
    .prepare(
      `SELECT s.case_id AS caseId, s.kind, s.item_id AS id,
         snippet(search_index, -1, :start, :end, '…', 12) AS snippet
       FROM search_index s
       WHERE search_index MATCH :match
         AND (s.case_id IS NULL OR EXISTS (SELECT 1 FROM cases c WHERE c.id = s.case_id AND c.deleted_at IS NULL))
       ORDER BY rank LIMIT :limit`,
    )
    .all({ match, limit, start: SNIPPET_MARK_START, end: SNIPPET_MARK_END }) as SearchIndexHit[];
}
