import { useCallback, useEffect, useRef, useState } from 'react';
import type { SourceSummary } from '../../../shared/contract/procedures.ts';
import type { TableName } from '../../../shared/contract/tables.ts';
import { call, errorMessage, useTablesChanged } from '../../api.ts';
import { sourceListRequest } from './library-filters.ts';
import type { LibraryFilters } from './library-filters.ts';

export const SOURCE_PAGE_SIZE = 60;
/** A refresh re-reads what is loaded, up to the contract's page limit. */
const MAX_PAGE = 500;
/** What a source row shows changes with the sources, and with anything that cites them. */
export const LIBRARY_TABLES: readonly TableName[] = [
  'sources',
  'citations',
  'narratives',
  'issue_rows',
  'events',
  'quotes',
  'facts',
  'cases',
  'trash',
];

export interface SourcePages {
  readonly sources: readonly SourceSummary[];
  readonly hasMore: boolean;
  /** How many sources match the filters, loaded or not. */
  readonly total: number;
  readonly loading: boolean;
  readonly error: string | null;
  readonly loadMore: () => void;
}

interface Loaded {
  readonly filter: string | null;
  readonly sources: readonly SourceSummary[];
  readonly hasMore: boolean;
  readonly total: number;
  readonly error: string | null;
}

/**
 * The library list one LIMIT/OFFSET page at a time, never the whole library. Starts again from the top
 * when a filter or the sort changes; re-reads the loaded range when the library or a citation changes.
 */
export function useSourcePages(filters: LibraryFilters): SourcePages {
  const filter = JSON.stringify(sourceListRequest(filters, 1));
  const [result, setResult] = useState<Loaded>({ filter: null, sources: [], hasMore: false, total: 0, error: null });
  const generation = useRef({ value: 0 });
  const loaded = useRef({ sources: [] as readonly SourceSummary[], hasMore: false, busy: false });

  const fetchPage = useCallback(
    (append: boolean, limit: number) => {
      const counter = generation.current;
      const myGeneration = ++counter.value;
      const offset = append ? loaded.current.sources.length : 0;
      loaded.current.busy = true;
      call('sources.list', { ...(JSON.parse(filter) as object), limit, offset }).then(
        (page) => {
          if (myGeneration !== counter.value) return;
          const next = append ? [...loaded.current.sources, ...page.sources] : page.sources;
          loaded.current = { sources: next, hasMore: page.hasMore, busy: false };
          setResult({ filter, sources: next, hasMore: page.hasMore, total: page.total, error: null });
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
    loaded.current = { sources: [], hasMore: false, busy: false };
    fetchPage(false, SOURCE_PAGE_SIZE);
    return () => {
      counter.value++;
    };
  }, [fetchPage]);

  useTablesChanged(LIBRARY_TABLES, () => {
    fetchPage(false, Math.min(MAX_PAGE, Math.max(SOURCE_PAGE_SIZE, loaded.current.sources.length)));
  });

  const loadMore = useCallback(() => {
    if (loaded.current.busy || !loaded.current.hasMore) return;
    fetchPage(true, SOURCE_PAGE_SIZE);
  }, [fetchPage]);

  // Until the first page for this filter arrives, the previous list stays (no flash of "No sources").
  return {
    sources: result.sources,
    hasMore: result.hasMore,
    total: result.total,
    loading: result.filter !== filter,
    error: result.error,
    loadMore,
  };
}
