import type { CasebookBridge } from '../../../shared/contract/bridge.ts';
import type { RequestOf, ResponseOf } from '../../../shared/contract/procedures.ts';
import type { Result } from '../../../shared/contract/result.ts';

type SearchRequest = RequestOf<'search.query'>;
type SearchResponse = ResponseOf<'search.query'>;
export type Hit = SearchResponse['hits'][number];

interface PendingSearch {
  readonly request: SearchRequest;
  answer(response: Partial<SearchResponse> & { hits: Hit[] }): void;
  fail(message: string): void;
}

/**
 * window.casebook answering only search.query, and only when the test says so: every request waits
 * in `pending` until the test answers it, so the order answers arrive in is the test's to choose.
 */
export function installSearchBridge(): { pending: PendingSearch[] } {
  const pending: PendingSearch[] = [];
  const bridge: Partial<CasebookBridge> = {
    call: ((procedure: string, request: SearchRequest) => {
      if (procedure !== 'search.query')
        return Promise.resolve<Result<never>>({ ok: false, error: { code: 'unknown-procedure', message: procedure } });
      return new Promise<Result<SearchResponse>>((resolve) => {
        pending.push({
          request,
          answer: (response) => resolve({ ok: true, value: { truncated: false, warnings: [], ...response } }),
          fail: (message) => resolve({ ok: false, error: { code: 'invalid-request', message } }),
        });
      });
    }) as CasebookBridge['call'],
    on: () => () => undefined,
  };
  window.casebook = bridge as CasebookBridge;
  return { pending };
}

let counter = 0;
/** A hit as the service answers it; the snippet marks matched terms with « ». */
export function hit(fields: Partial<Hit> & Pick<Hit, 'kind'>): Hit {
  counter++;
  return {
    caseId: 'case1',
    caseTitle: 'Xiaomi KOL controversy',
    id: `item${counter}`,
    title: `Item ${counter}`,
    snippet: `a «match» ${counter}`,
    inSnapshot: false,
    ...fields,
  };
}
