import { contextBridge, ipcRenderer } from 'electron';
import type { CasebookBridge } from '../../shared/contract/bridge.ts';
import type { PushEventName, PushPayload } from '../../shared/contract/events.ts';
import type { Result } from '../../shared/contract/result.ts';

// A sandboxed preload is one CommonJS file that may require only 'electron', so the channel names are
// repeated here rather than imported (the contract module pulls in zod). test/electron checks they match.
const CALL_CHANNEL = 'casebook:call';
const OPEN_EXTERNAL_CHANNEL = 'casebook:open-external';
const SAVE_PDF_CHANNEL = 'casebook:save-pdf';
const OPEN_BACKUP_COPY_CHANNEL = 'casebook:open-backup-copy';
const FLUSH_REQUEST_CHANNEL = 'casebook:flush';
const FLUSH_DONE_CHANNEL = 'casebook:flushed';
const PUSH_EVENTS: readonly string[] = ['tables-changed', 'notebook-opened', 'menu-command', 'import-progress', 'notebook-notice'];

function pushChannel(event: string): string {
  return `casebook:event:${event}`;
}

function failure(error: unknown): Result<never> {
  return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
}

let flushHandler: (() => Promise<void>) | null = null;

ipcRenderer.on(FLUSH_REQUEST_CHANNEL, (_event, requestId: unknown) => {
  const flush = flushHandler;
  void (async () => {
    try {
      if (flush !== null) await flush();
    } finally {
      ipcRenderer.send(FLUSH_DONE_CHANNEL, requestId);
    }
  })().catch(() => undefined);
});

const bridge = {
  call(procedure, request) {
    return ipcRenderer.invoke(CALL_CHANNEL, procedure, request).catch(failure);
  },

  on<E extends PushEventName>(event: E, listener: (payload: PushPayload<E>) => void): () => void {
    if (!PUSH_EVENTS.includes(event)) throw new Error(`Unknown Casebook event: ${String(event)}`);
    const channel = pushChannel(event);
    // The IPC event object (which carries `sender`) never reaches the page: only the payload does.
    const forward = (_event: unknown, payload: PushPayload<E>): void => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },

  openExternal(url) {
    return ipcRenderer.invoke(OPEN_EXTERNAL_CHANNEL, url).catch(failure);
  },

  savePdf(request) {
    return ipcRenderer.invoke(SAVE_PDF_CHANNEL, request).catch(failure);
  },

  openBackupCopy(path) {
    return ipcRenderer.invoke(OPEN_BACKUP_COPY_CHANNEL, path).catch(failure);
  },

  onFlushRequest(flush) {
    flushHandler = flush;
    return () => {
      if (flushHandler === flush) flushHandler = null;
    };
  },
} satisfies CasebookBridge;

contextBridge.exposeInMainWorld('casebook', bridge);
