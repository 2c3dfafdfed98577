import type { IpcMain } from 'electron';
import { CALL_CHANNEL } from '../../shared/contract/events.ts';
import { isProcedureName, procedures } from '../../shared/contract/procedures.ts';
import { describeZodError, fail, ok, type Result } from '../../shared/contract/result.ts';
import type { TableName } from '../../shared/contract/tables.ts';
import type { NotebookDb } from '../store/database.ts';
import { savePdfRequestSchema, type SavePdfResult } from '../../shared/contract/save-pdf.ts';
import { FLUSH_DONE_CHANNEL, OPEN_BACKUP_COPY_CHANNEL, OPEN_EXTERNAL_CHANNEL, SAVE_PDF_CHANNEL } from './channels.ts';
import type { SavePdfOptions } from './print-pdf.ts';
import { externalUrlToOpen } from './security.ts';

/** The parts of Electron's WebFrameMain / WebContents / IPC event the sender check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
  readonly processId: number;
  readonly routingId: number;
  /** WebFrameMain's: true once the frame is gone (navigated away, closed, crashed). */
  isDestroyed?(): boolean;
}
export interface ContentsLike {
  readonly id: number;
  readonly mainFrame: FrameLike;
  isDestroyed(): boolean;
}
export interface IpcEventLike {
  readonly sender: ContentsLike;
  readonly senderFrame: FrameLike | null;
}

/**
 * Whether an IPC message comes from the app's own window: from our window's web contents, from its
 * top-level frame (never an iframe, even a same-origin one), showing a page of our own origin.
 */
export function isTrustedSender(event: IpcEventLike, trusted: ContentsLike | null, trustedUrlPrefix: string): boolean {
  try {
    if (trusted === null || trusted.isDestroyed()) return false;
    if (event.sender.id !== trusted.id) return false;
    const frame = event.senderFrame;
    if (frame === null || frame.isDestroyed?.() === true || frame.parent !== null) return false;
    const top = trusted.mainFrame;
    if (frame.processId !== top.processId || frame.routingId !== top.routingId) return false;
    return frame.url.startsWith(trustedUrlPrefix);
  } catch {
    // Electron throws when a frame that is gone is read ("Render frame was disposed"): not our window.
    return false;
  }
}

export interface IpcBindings {
  readonly ipcMain: Pick<IpcMain, 'handle' | 'on'>;
  /** The web contents of the one window allowed to call, if it is open. */
  trustedContents(): ContentsLike | null;
  /** `app://casebook/`, or the dev server's URL in development. */
  readonly trustedUrlPrefix: string;
  currentNotebook(): NotebookDb | null;
  /** dispatchAsync in the app: a capture awaits the network before its one transaction. */
  dispatch(db: NotebookDb, procedure: unknown, request: unknown): Result<unknown> | Promise<Result<unknown>>;
  /** Sends the 'tables-changed' push event to the window. */
  announceTablesChanged(tables: readonly TableName[]): void;
  openExternal(url: string): Promise<void>;
  /** Prints the case to PDF in a hidden offline window and saves it where the person chooses. */
  savePdf(db: NotebookDb, caseId: string, options: SavePdfOptions): Promise<SavePdfResult>;
  /** Opens a restored backup copy in place of the notebook; false when the path is not such a copy. */
  openBackupCopy(path: string): Promise<boolean>;
  onFlushDone(requestId: number): void;
}

function forbidden(event: IpcEventLike, channel: string): Result<never> {
  console.warn(`Casebook refused an IPC call on ${channel} from ${event.senderFrame?.url ?? 'a frame that is gone'}.`);
  return fail('forbidden-sender', 'This call did not come from the Casebook window.');
}

/**
 * THE way into the main process. Every contract procedure arrives on CALL_CHANNEL and passes the sender
 * check before `dispatch` validates and runs it; nothing else is registered besides opening a link and the
 * window's "flushed" acknowledgement, both behind the same check.
 */
export function registerIpc(bindings: IpcBindings): void {
  const trusted = (event: IpcEventLike): boolean =>
    isTrustedSender(event, bindings.trustedContents(), bindings.trustedUrlPrefix);

  bindings.ipcMain.handle(
    CALL_CHANNEL,
    async (event, procedure: unknown, request: unknown): Promise<Result<unknown>> => {
      if (!trusted(event)) return forbidden(event, CALL_CHANNEL);
      const db = bindings.currentNotebook();
      if (db === null) return fail('notebook-missing', 'No notebook is open. Open or create one from the File menu.');
      let result: Result<unknown>;
      try {
        result = await bindings.dispatch(db, procedure, request);
      } catch (error) {
        return fail('internal', error instanceof Error ? error.message : String(error));
      }
      if (result.ok && isProcedureName(procedure)) {
        const writes = procedures[procedure].writes;
        if (writes.length > 0) bindings.announceTablesChanged(writes);
      }
      return result;
    },
  );

  bindings.ipcMain.handle(OPEN_EXTERNAL_CHANNEL, async (event, url: unknown): Promise<Result<{ opened: boolean }>> => {
    if (!trusted(event)) return forbidden(event, OPEN_EXTERNAL_CHANNEL);
    if (typeof url !== 'string') return fail('invalid-request', 'url: expected a string');
    const target = externalUrlToOpen(url);
    if (target === null) return ok({ opened: false });
    try {
      await bindings.openExternal(target); // eng-disable OPEN_EXTERNAL_JS_CHECK -- target passed the http/https/mailto allowlist in externalUrlToOpen
      return ok({ opened: true });
    } catch (error) {
      return fail(
        'internal',
        `The system could not open the link: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  });

  bindings.ipcMain.handle(SAVE_PDF_CHANNEL, async (event, request: unknown): Promise<Result<SavePdfResult>> => {
    if (!trusted(event)) return forbidden(event, SAVE_PDF_CHANNEL);
    const parsed = savePdfRequestSchema.safeParse(request ?? {});
    if (!parsed.success) return fail('invalid-request', describeZodError(parsed.error));
    const db = bindings.currentNotebook();
    if (db === null) return fail('notebook-missing', 'No notebook is open. Open or create one from the File menu.');
    try {
      const { caseId, ...options } = parsed.data;
      return ok(await bindings.savePdf(db, caseId, options));
    } catch (error) {
      return fail('internal', `The PDF could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  bindings.ipcMain.handle(OPEN_BACKUP_COPY_CHANNEL, async (event, path: unknown): Promise<Result<{ opened: boolean }>> => {
    if (!trusted(event)) return forbidden(event, OPEN_BACKUP_COPY_CHANNEL);
    if (typeof path !== 'string' || path.length === 0 || path.length > 4096) {
      return fail('invalid-request', 'path: expected the path of a restored backup copy');
    }
    try {
      return ok({ opened: await bindings.openBackupCopy(path) });
    } catch (error) {
      return fail('internal', `The backup copy could not be opened: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  bindings.ipcMain.on(FLUSH_DONE_CHANNEL, (event, requestId: unknown) => {
    if (!trusted(event)) {
      forbidden(event, FLUSH_DONE_CHANNEL);
      return;
    }
    if (typeof requestId === 'number') bindings.onFlushDone(requestId);
  });
}
