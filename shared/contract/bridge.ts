import type { PushEventName, PushPayload } from './events.ts';
import type { ProcedureName, RequestOf, ResponseOf } from './procedures.ts';
import type { Result } from './result.ts';
import type { SavePdfRequest, SavePdfResult } from './save-pdf.ts';

/**
 * The one object the window sees as `window.casebook`. The preload's object `satisfies` this type and
 * the end-to-end rig installs an object of the same shape.
 */
export interface CasebookBridge {
  call<P extends ProcedureName>(procedure: P, request: RequestOf<P>): Promise<Result<ResponseOf<P>>>;
  /** Subscribes to a push event; returns the function that unsubscribes. */
  on<E extends PushEventName>(event: E, listener: (payload: PushPayload<E>) => void): () => void;
  /** Opens a link in the system browser; only http, https and mailto are ever opened. */
  openExternal(url: string): Promise<Result<{ opened: boolean }>>;
  /**
   * Registers the window's "write everything pending now" function. When the window is about to close,
   * the main process (or the test rig's close()) calls it and waits for it before the window goes away.
   */
  onFlushRequest(flush: () => Promise<void>): () => void;
  /** Prints a case to PDF (its HTML export, in a hidden offline window) and asks where to save it. */
  savePdf(request: SavePdfRequest): Promise<Result<SavePdfResult>>;
  /**
   * Opens, in place of the current notebook, the copy of a backup that `backups.copyForRestore` made; any
   * other path is refused.
   */
  openBackupCopy(path: string): Promise<Result<{ opened: boolean }>>;
}
