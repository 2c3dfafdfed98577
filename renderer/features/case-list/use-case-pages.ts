import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseSummary } from '../../../shared/contract/procedures.ts';
import { call, errorMessage, useTablesChanged } from '../../api.ts';

export const CASE_PAGE_SIZE = 60;
/** A refresh re-reads what is loaded, up to the contract's page limit, and pages on from there. */
const MAX_PAGE = 500;

export interface CasePages {
  readonly cases: readonly CaseSummary[];
  readonly hasMore: boolean;
  readonly loading: boolean;
  readonly error: string | null;
  readonly loadMore: () => void;
}

/**
 * The case list, one keyset page at a time (newest first): never the whole notebook. Starts again from
 * the top when the filter changes; re-reads the loaded range when cases or tags change.
 */
export function useCasePages(query: string): CasePages {
  const filter = query.trim();
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
  const loaded = useRef<{ cases: readonly CaseSummary[]; hasMore: boolean; busy: boolean }>({
    cases: [],
    hasMore: false,
    busy: false,
  });

  const fetchPage = useCallback(
    (append: boolean, limit: number) => {
      const counter = generation.current;
      const myGeneration = ++counter.value;
      const last = append ? loaded.current.cases.at(-1) : undefined;
      loaded.current.busy = true;
      call('cases.list', {
        limit,
        ...(filter ? { query: filter } : {}),
        ...(last ? { after: { updatedAt: last.updatedAt, id: last.id } } : {}),
      }).then(
        (page) => {
          if (myGeneration !== counter.value) return;
          const next = append ? [...loaded.current.cases, ...page.cases] : page.cases;
          loaded.current = { cases: next, hasMore: page.hasMore, busy: false };
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
    loaded.current = { cases: [], hasMore: false, busy: false };
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
    fetchPage(true, CASE_PAGE_SIZE);
  }, [fetchPage]);

  // Until the first page for this filter arrives, the previous list stays (no flash of "No cases").
  return {
    cases: result.cases,
    hasMore: result.hasMore,
    loading: result.filter !== filter,
    error: result.error,
    loadMore,
  };
}
