import { startTransition, useEffect, useRef, useState } from 'react';
import { CASE_CONTENT_TABLES } from '../../../shared/contract/tables.ts';
import { call, errorMessage, useTablesChanged } from '../../api.ts';
import type { SearchHit } from './group-hits.ts';

/** Wait this long after a keystroke before asking the notebook, so fast typing asks once. */
export const SEARCH_DELAY_MS = 100;

export interface SearchResults {
  /** The query these results answer (trimmed); '' before anything was asked. */
  readonly query: string;
  readonly hits: readonly SearchHit[];
  readonly truncated: boolean;
  readonly warnings: readonly string[];
  readonly error: string | null;
}

export interface SearchState extends SearchResults {
  /** True while the results on screen are not yet those of the query typed now. */
  readonly searching: boolean;
}

const NOTHING: SearchResults = { query: '', hits: [], truncated: false, warnings: [], error: null };

export interface SearchScope {
  readonly limit: number;
  /** Only this case (find in the case on screen). */
  readonly caseId?: string;
}

/**
 * Results for what is typed, as it is typed: each request waits SEARCH_DELAY_MS of quiet, is numbered,
 * and its answer is dropped if the query changed since it was sent. The answer renders in a transition,
 * so keys typed meanwhile reach the input first. Edits to the notebook ask again.
 */
export function useSearch(query: string, scope: SearchScope): SearchState {
  const [results, setResults] = useState<SearchResults>(NOTHING);
  const [revision, setRevision] = useState(0);
  const latest = useRef(0);
  const text = query.trim();
  const { limit, caseId } = scope;
  useTablesChanged(CASE_CONTENT_TABLES, () => setRevision((n) => n + 1));

  useEffect(() => {
    const number = ++latest.current;
    if (text === '') return;
    const timer = setTimeout(() => {
      const request = { query: text, limit, ...(caseId === undefined ? {} : { caseId }) };
      const show = (next: SearchResults): void => {
        if (number === latest.current) startTransition(() => setResults(next));
      };
      call('search.query', request).then(
        (answer) =>
          show({ query: text, hits: answer.hits, truncated: answer.truncated, warnings: answer.warnings, error: null }),
        (error: unknown) => show({ ...NOTHING, query: text, error: errorMessage(error) }),
      );
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, limit, caseId, revision]);

  if (text === '') return { ...NOTHING, searching: false };
  return { ...results, searching: text !== results.query };
}
