import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseSummary } from '../../../shared/contract/procedures.ts';
import { call, errorMessage, useTablesChanged } from '../../api.ts';
import { listRequest } from './case-filters.ts';
import type { CaseFilters } from './case-filters.ts';

export const CASE_PAGE_SIZE = 60;
/** A refresh re-reads what is loaded, up to the contract's page limit, and pages on from there. */
const MAX_PAGE = 500;

interface LoadedPages {
  readonly cases: readonly CaseSummary[];
  readonly hasMore: boolean;
  readonly nextCursor: string | null;
  busy: boolean;
}

/** Where the next page starts: the notebook's opaque cursor, or (older notebooks) the last case's keys. */
function nextPageOf(
  loaded: LoadedPages,
  sort: string | undefined,
): { cursor: string } | { after: { updatedAt: string; id: string } } | null {
  if (loaded.nextCursor !== null) return { cursor: loaded.nextCursor };
  const last = loaded.cases.at(-1);
  return last && (sort ?? 'updated') === 'updated' ? { after: { updatedAt: last.updatedAt, id: last.id } } : null;
}

export interface CasePages {
  readonly cases: readonly CaseSummary[];
  readonly hasMore: boolean;
  readonly loading: boolean;
  readonly error: string | null;
  readonly loadMore: () => void;
}

/**
 * The case list, one keyset page at a time (newest first by default): never the whole notebook. Starts
 * again from the top when a filter or the sort changes; re-reads the loaded range when cases or tags change.
 */
export function useCasePages(filters: CaseFilters): CasePages {
  // One key per distinct request, so an edit that changes nothing the notebook sees does not refetch.
  const filter = JSON.stringify(listRequest(filters, 1));
  const [result, setResult] = useState<{
    filter: string | null;
    cases: readonly CaseSummary[];
    hasMore: boolean;
    error: string | null;
  }>({
    filter: null,
    cases: [],
    hasMore: false,
    error: null,
  });
  const generation = useRef({ value: 0 });
  const loaded = useRef<LoadedPages>({ cases: [], hasMore: false, nextCursor: null, busy: false });

  const fetchPage = useCallback(
    (append: boolean, limit: number) => {
      const counter = generation.current;
      const myGeneration = ++counter.value;
      const request = { ...(JSON.parse(filter) as ReturnType<typeof listRequest>), limit };
      loaded.current.busy = true;
      call('cases.list', append ? { ...request, ...nextPageOf(loaded.current, request.sort) } : request).then(
        (page) => {
          if (myGeneration !== counter.value) return;
          const next = append ? [...loaded.current.cases, ...page.cases] : page.cases;
          loaded.current = { cases: next, hasMore: page.hasMore, nextCursor: page.nextCursor ?? null, busy: false };
          setResult({ filter, cases: next, hasMore: page.hasMore, error: null });
        },
        (failure: unknown) => {
          if (myGeneration !== counter.value) return;
          loaded.current.busy = false;
          setResult((current) => ({ ...current, filter, error: errorMessage(failure) }));
        },
      );
    },
    [filter],
  );

  useEffect(() => {
    const counter = generation.current;
    loaded.current = { cases: [], hasMore: false, nextCursor: null, busy: false };
    fetchPage(false, CASE_PAGE_SIZE);
    return () => {
      counter.value++;
    };
  }, [fetchPage]);

  useTablesChanged(['cases', 'tags'], () => {
    fetchPage(false, Math.min(MAX_PAGE, Math.max(CASE_PAGE_SIZE, loaded.current.cases.length)));
  });

  const loadMore = useCallback(() => {
    if (loaded.current.busy || !loaded.current.hasMore) return;
    if (nextPageOf(loaded.current, (JSON.parse(filter) as ReturnType<typeof listRequest>).sort) === null) return;
    fetchPage(true, CASE_PAGE_SIZE);
  }, [fetchPage, filter]);

  // Until the first page for this filter arrives, the previous list stays (no flash of "No cases").
  return {
    cases: result.cases,
    hasMore: result.hasMore,
    loading: result.filter !== filter,
    error: result.error,
    loadMore,
  };
}
