/**
 * The page side of the rig's `window.casebook`: the same object shape as electron/preload/index.ts, with
 * the IPC channels replaced by Playwright bindings. It runs inside the page (serialized by
 * addInitScript), so it imports nothing and uses no names from outside its own body.
 */

/** Node-side bindings this script talks to. */
export const CALL_BINDING = '__casebookCall';
export const OPEN_EXTERNAL_BINDING = '__casebookOpenExternal';
export const OPEN_BACKUP_COPY_BINDING = '__casebookOpenBackupCopy';
export const REPORT_BINDING = '__casebookReport';

/** What the call binding answers: the Result, and the tables to announce when it was an ok write. */
export interface CallAnswer {
  readonly result: unknown;
  readonly tablesChanged: readonly string[] | null;
}

export interface CspViolationReport {
  readonly directive: string;
  readonly blockedUri: string;
  readonly sample: string;
  readonly location: string;
}

/** The rig's own hooks in the page, for close() and for tests that send push events. */
export interface RigHooks {
  /** Runs the window's registered flush function (if any) and says whether there was one. */
  flush(): Promise<boolean>;
  emit(event: string, payload: unknown): void;
}

export interface RigGlobal {
  __casebookRig: RigHooks;
}

interface ViolationEvent {
  effectiveDirective: string;
  blockedURI: string;
  sample: string;
  sourceFile: string;
  lineNumber: number;
}

interface PageGlobal {
  [CALL_BINDING]: (procedure: unknown, request: unknown) => Promise<CallAnswer>;
  [OPEN_EXTERNAL_BINDING]: (url: unknown) => Promise<unknown>;
  [OPEN_BACKUP_COPY_BINDING]: (path: unknown) => Promise<unknown>;
  [REPORT_BINDING]: (report: CspViolationReport) => Promise<void>;
  reportError(error: unknown): void;
  document: { addEventListener(type: 'securitypolicyviolation', listener: (event: ViolationEvent) => void): void };
}

export function installRigBridge(pushEvents: readonly string[]): void {
  // The binding names are repeated as literals: this body runs in the page, where module constants do not exist.
  const page = globalThis as unknown as PageGlobal;
  const listeners = new Map<string, Set<(payload: unknown) => void>>(pushEvents.map((event) => [event, new Set()]));
  let flushHandler: (() => Promise<void>) | null = null;

  const failure = (error: unknown) => ({
    ok: false,
    error: { code: 'internal', message: error instanceof Error ? error.message : String(error) },
  });

  const emit = (event: string, payload: unknown): void => {
    for (const listener of [...(listeners.get(event) ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        page.reportError(error); // an uncaught error in a listener, as in the app
      }
    }
  };

  const bridge = {
    call(procedure: unknown, request: unknown): Promise<unknown> {
      return page['__casebookCall'](procedure, request)
        .then((answer) => {
          if (answer.tablesChanged !== null) emit('tables-changed', { tables: answer.tablesChanged });
          return answer.result;
        })
        .catch(failure);
    },
    on(event: string, listener: (payload: unknown) => void): () => void {
      const registered = listeners.get(event);
      if (registered === undefined) throw new Error(`Unknown Casebook event: ${String(event)}`);
      const forward = (payload: unknown): void => listener(payload);
      registered.add(forward);
      return () => {
        registered.delete(forward);
      };
    },
    openExternal(url: unknown): Promise<unknown> {
      return page['__casebookOpenExternal'](url).catch(failure);
    },
    // The rig's Chromium has no Electron to print with: the window gets the answer a failed print gives.
    savePdf(): Promise<unknown> {
      return Promise.resolve({ ok: false, error: { code: 'internal', message: 'Saving as PDF prints in the desktop app; this window has no printer. Use “casebook export --format pdf” instead.' } });
    },
    openBackupCopy(path: unknown): Promise<unknown> {
      return page['__casebookOpenBackupCopy'](path).catch(failure);
    },
    onFlushRequest(flush: () => Promise<void>): () => void {
      flushHandler = flush;
      return () => {
        if (flushHandler === flush) flushHandler = null;
      };
    },
  };
  Object.defineProperty(page, 'casebook', { value: Object.freeze(bridge), enumerable: true });

  const hooks: RigHooks = {
    async flush() {
      const flush = flushHandler;
      if (flush !== null) await flush();
      return flush !== null;
    },
    emit,
  };
  Object.defineProperty(page, '__casebookRig', { value: Object.freeze(hooks) });

  page.document.addEventListener('securitypolicyviolation', (event) => {
    void page['__casebookReport']({
      directive: event.effectiveDirective,
      blockedUri: event.blockedURI,
      sample: event.sample,
      location: `${event.sourceFile}:${event.lineNumber}`,
    });
  });
}
