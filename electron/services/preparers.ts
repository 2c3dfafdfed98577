import type { ParsedRequestOf, ProcedureName } from '../../shared/contract/procedures.ts';
import type { NotebookDb } from '../store/database.ts';
import { notebookFileOf } from '../store/notebook-file.ts';
import { prepareSourceFile } from './add-from-file.ts';
import { prepareArticleImport } from './article-import/prepare-import.ts';
import { prepareCaptureUrl } from './snapshots/capture-url.ts';
import type { FetchPageOptions } from './snapshots/fetch-page.ts';
import { backupPreparers, type BackupOptions } from './backups/backup-preparers.ts';

/**
 * Asynchronous work a procedure does BEFORE and OUTSIDE its transaction (a capture's network fetch, a PDF's text):
 * `dispatchAsync` awaits it, then runs the procedure's handler with its result in one transaction.
 */
export type Preparer<P extends ProcedureName> = (db: NotebookDb, request: ParsedRequestOf<P>) => Promise<unknown>;
export type Preparers = { readonly [P in ProcedureName]?: Preparer<P> };

/** The preparers of the app; the fetch options (time limit, size cap, version, fetch itself) are for tests and the app's version. */
export function createPreparers(fetchOptions: FetchPageOptions = {}, backups: BackupOptions = {}): Preparers {
  return {
    ...backupPreparers(backups),
    'sources.captureUrl': (db, request) => prepareCaptureUrl(db, request, fetchOptions),
    'sources.addFromFile': (_db, request) => prepareSourceFile(request),
    'cases.importArticle': (db, request) => prepareArticleImport(request, notebookFileOf(db)),
  };
}

/** Procedures whose preparer only moves work off the main thread: without it, the handler does that work itself. */
const OPTIONALLY_PREPARED: ReadonlySet<string> = new Set(['cases.importArticle']);

/** Procedures whose handler needs a prepared value, so the synchronous `dispatch` cannot run them. */
export const PREPARED_PROCEDURES: ReadonlySet<string> = new Set(
  Object.keys(createPreparers()).filter((procedure) => !OPTIONALLY_PREPARED.has(procedure)),
);
