import { onTestFinished } from 'vitest';
import type { CasebookBridge } from '../../shared/contract/bridge.ts';
import type { PushEventName, PushPayload } from '../../shared/contract/events.ts';
import { isProcedureName, procedures } from '../../shared/contract/procedures.ts';
import type { Result } from '../../shared/contract/result.ts';
import { dispatchAsync } from '../../electron/services/dispatch.ts';
import type { Preparers } from '../../electron/services/preparers.ts';
import { onImportProgress } from '../../electron/services/article-import/import-jobs.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';
import type { TempNotebook } from '../helpers/temp-notebook.ts';

/**
 * window.casebook bound to the REAL services on a temporary notebook, for component tests that should
 * not depend on a fake: the same procedure table the main process and the e2e rig use, answering
 * asynchronously with structured-cloned values, and announcing changed tables after a write.
 */
export interface ServiceBridge {
  readonly notebook: TempNotebook;
  readonly calls: { procedure: string; request: unknown }[];
  emit<E extends PushEventName>(event: E, payload: PushPayload<E>): void;
  /** What the main process and the e2e rig do before the window closes. */
  requestFlush(): Promise<void>;
}

/** `preparers`: the main process's async steps, for tests that configure them (backups need a folder). */
export function installServiceBridge(options: { preparers?: Preparers } = {}): ServiceBridge {
  const notebook = tempNotebook();
  const calls: { procedure: string; request: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const flushers = new Set<() => Promise<void>>();

  function emit<E extends PushEventName>(event: E, payload: PushPayload<E>): void {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  }
  // As the main process does: each import's progress goes to the window.
  onTestFinished(onImportProgress((progress) => emit('import-progress', progress)));

  const bridge: CasebookBridge = {
    call(procedure, request) {
      calls.push({ procedure, request });
      return new Promise((resolve) => {
        setTimeout(() => {
          void dispatchAsync(notebook.db, procedure, request, options.preparers).then((answer) => {
            const result = structuredClone(answer);
            if (result.ok && isProcedureName(procedure) && procedures[procedure].writes.length > 0) {
              emit('tables-changed', { tables: [...procedures[procedure].writes] });
            }
            resolve(result as never);
          });
        }, 0);
      });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
    openExternal(url): Promise<Result<{ opened: boolean }>> {
      calls.push({ procedure: 'openExternal', request: url });
      return Promise.resolve({ ok: true, value: { opened: /^(https?:|mailto:)/i.test(url) } });
    },
    savePdf(request) {
      calls.push({ procedure: 'savePdf', request });
      return Promise.resolve({ ok: true, value: { saved: true, path: '/tmp/case.pdf', bytes: 1000 } });
    },
    openBackupCopy(path) {
      calls.push({ procedure: 'openBackupCopy', request: path });
      return Promise.resolve({ ok: true, value: { opened: true } });
    },
    onFlushRequest(flush) {
      flushers.add(flush);
      return () => flushers.delete(flush);
    },
  };
  Object.defineProperty(window, 'casebook', { configurable: true, value: bridge });

  return {
    notebook,
    calls,
    emit,
    async requestFlush() {
      await Promise.all([...flushers].map((flush) => flush()));
    },
  };
}
