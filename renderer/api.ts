import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CasebookBridge } from '../shared/contract/bridge.ts';
import type { ProcedureName, RequestOf, ResponseOf } from '../shared/contract/procedures.ts';
import { CasebookError } from '../shared/contract/result.ts';
import type { TableName } from '../shared/contract/tables.ts';
import { enqueueWrite } from './save-queue.ts';

declare global {
  interface Window {
    casebook: CasebookBridge;
  }
}

export function bridge(): CasebookBridge {
  return window.casebook;
}

/** Calls a procedure and returns its value, or throws the CasebookError the notebook answered with. */
export async function call<P extends ProcedureName>(procedure: P, request: RequestOf<P>): Promise<ResponseOf<P>> {
  let result;
  try {
    result = await bridge().call(procedure, request);
  } catch (error) {
    throw new CasebookError(
      'internal',
      `The notebook did not answer: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (result.ok) return result.value;
  throw new CasebookError(result.error.code, result.error.message);
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Runs `listener` whenever a write announces one of `tables`. */
export function useTablesChanged(tables: readonly TableName[], listener: () => void): void {
  const listenerRef = useRef(listener);
  useLayoutEffect(() => {
    listenerRef.current = listener;
  });
  const key = tables.join(',');
  useEffect(() => {
    const watched = new Set(key.split(','));
    return bridge().on('tables-changed', ({ tables: changed }) => {
      if (changed.some((table) => watched.has(table))) listenerRef.current();
    });
  }, [key]);
}

export type QueryState<T> =
  | { readonly status: 'loading'; readonly data: undefined; readonly error: null }
  | { readonly status: 'ready'; readonly data: T; readonly error: null }
  | { readonly status: 'error'; readonly data: T | undefined; readonly error: CasebookError };

function asCasebookError(error: unknown): CasebookError {
  return error instanceof CasebookError ? error : new CasebookError('internal', errorMessage(error));
}

/**
 * Reads through the contract, keyed by procedure and arguments. Fetches again when a write announces one
 * of `tables`; a response that arrives after a newer request was made is dropped. Data from the previous
 * key stays visible while the next one loads only if it is the same procedure and tables changed.
 */
export function useQuery<P extends ProcedureName>(
  procedure: P,
  request: RequestOf<P> | null,
  tables: readonly TableName[],
): QueryState<ResponseOf<P>> & { refetch: () => void } {
  const requestJson = request === null ? null : JSON.stringify(request);
  const key = requestJson === null ? null : `${procedure} ${requestJson}`;
  const [state, setState] = useState<{ key: string | null; query: QueryState<ResponseOf<P>> }>({
    key,
    query: { status: 'loading', data: undefined, error: null },
  });
  const generation = useRef({ value: 0 });

  const fetchNow = useCallback(() => {
    const counter = generation.current;
    const myGeneration = ++counter.value;
    if (requestJson === null || key === null) return;
    call(procedure, JSON.parse(requestJson) as RequestOf<P>).then(
      (value) => {
        if (myGeneration === counter.value) setState({ key, query: { status: 'ready', data: value, error: null } });
      },
      (error: unknown) => {
        if (myGeneration !== counter.value) return;
        setState((previous) => ({
          key,
          query: {
            status: 'error',
            data: previous.key === key ? previous.query.data : undefined,
            error: asCasebookError(error),
          },
        }));
      },
    );
  }, [procedure, key, requestJson]);

  useEffect(() => {
    const counter = generation.current;
    fetchNow();
    return () => {
      counter.value++;
    };
  }, [fetchNow]);
  useTablesChanged(tables, fetchNow);

  const query: QueryState<ResponseOf<P>> =
    state.key === key ? state.query : { status: 'loading', data: undefined, error: null };
  return { ...query, refetch: fetchNow };
}

/**
 * Writes through the contract in the window's one serial write queue (see save-queue.ts), so the save
 * status covers it and a flush request waits for it. Throws the CasebookError on failure.
 */
export function mutate<P extends ProcedureName>(procedure: P, request: RequestOf<P>): Promise<ResponseOf<P>> {
  return enqueueWrite(() => call(procedure, request));
}
