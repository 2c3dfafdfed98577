import { TABLES } from '../../shared/contract/tables.ts';
import type { PushEventName, PushPayload } from '../../shared/contract/events.ts';
import type { Result } from '../../shared/contract/result.ts';
import { onImportProgress } from '../services/article-import/import-jobs.ts';
import { backupFolderFor } from '../services/backups/backup-folder.ts';
import { preMigrationBackup } from '../services/backups/pre-migration-backup.ts';
import { dispatchAsync } from '../services/dispatch.ts';
import { DEFAULT_NOTEBOOK_FILE_NAME } from '../services/notebook-location.ts';
import { createPreparers } from '../services/preparers.ts';
import type { NotebookDb } from '../store/database.ts';
import { openNotebook, type OpenNotebook, type OpenNotebookOptions } from '../store/notebook.ts';
import { isRestoredBackupCopy } from './backup-copy-path.ts';
import { offerRecovery } from './damaged-notebook.ts';
import { careForOpenedNotebook } from './notebook-care.ts';
import { electronNotebookDialogs, type DialogApi } from './notebook-dialogs.ts';
import { openLockedNotebook, type LockDeps } from './notebook-lock.ts';
import { createNotebookSession, type NotebookSession } from './notebook-session.ts';
import type { SettingsStore } from './settings.ts';
import { join } from 'node:path';

export interface NotebookHostDeps {
  readonly userData: string;
  readonly documentsFolder: string;
  readonly appVersion?: string;
  /** Electron's `dialog`, or a stand-in that answers as a person would. */
  readonly dialog: DialogApi;
  showErrorBox(title: string, message: string): void;
  readonly settings: SettingsStore;
  /** Who holds the editing lock: this process, on this computer. */
  readonly lock: LockDeps;
  /** Sends a push event to the window, when there is one. */
  send<E extends PushEventName>(event: E, payload: PushPayload<E>): void;
  /** Lets the window write its pending edits to the notebook that is still open. */
  beforeSwitch(): Promise<void>;
  /** Runs after each notebook opened (the app rebuilds its menu of recent notebooks). */
  afterOpened?(notebook: OpenNotebook): void;
  /** Lets the window appear before the quick check after opening runs. */
  defer(work: () => void): void;
}

export interface NotebookHost {
  readonly session: NotebookSession;
  /** Runs a procedure of the contract on the open notebook, with the app's preparers. */
  dispatch(db: NotebookDb, procedure: unknown, request: unknown): Promise<Result<unknown>>;
  /** Switches to a restored backup copy; refuses any other path (the window names it). */
  openBackupCopy(path: string): Promise<boolean>;
  /** Settles when the quick check and backup after the latest open have finished. */
  careSettled(): Promise<void>;
  close(): void;
}

/**
 * Everything the main process does around the open notebook that needs no Electron: opening with the
 * editing lock and a backup before any migration, the quick check and daily backup after opening, the
 * offer to recover a damaged notebook, and the procedures with their preparers. The app wires it to
 * Electron; the end-to-end rig wires it to a browser page, so both run this same code.
 */
export function createNotebookHost(deps: NotebookHostDeps): NotebookHost {
  const backupFolder = (path: string): string => backupFolderFor(path, deps.userData);
  let care: Promise<void> = Promise.resolve();

  const ask = async ({ message, detail, buttons }: { message: string; detail: string; buttons: string[] }) =>
    (await deps.dialog.showMessageBox({ type: 'warning', message, detail, buttons, cancelId: buttons.length - 1 }))
      .response;
  const tell = async (message: string, detail: string): Promise<void> => {
    await deps.dialog.showMessageBox({ type: 'info', message, detail });
  };

  function reportDamage(damaged: OpenNotebook, problems: readonly string[]): void {
    void offerRecovery(damaged, problems, {
      userData: deps.userData,
      ask,
      tell,
      open: (path) => session.open(path),
    }).catch((error: unknown) =>
      deps.showErrorBox(
        'Casebook could not recover the notebook',
        error instanceof Error ? error.message : String(error),
      ),
    );
  }

  const session = createNotebookSession({
    openNotebook: openLockedNotebook(
      (path: string, options?: OpenNotebookOptions) =>
        openNotebook(path, { ...options, beforeMigrate: preMigrationBackup(backupFolder(path)) }),
      deps.lock,
    ),
    defaultNotebookPath: join(deps.userData, DEFAULT_NOTEBOOK_FILE_NAME),
    settings: deps.settings,
    dialogs: electronNotebookDialogs(deps.dialog, deps.documentsFolder),
    beforeSwitch: () => deps.beforeSwitch(),
    onOpened: (notebook) => {
      deps.afterOpened?.(notebook);
      deps.send('notebook-opened', { path: notebook.path });
      deps.send('tables-changed', { tables: [...TABLES] });
      care = careForOpenedNotebook(notebook, {
        backupFolder,
        defer: (work) => deps.defer(work),
        reportDamage,
        reportBackupFailure: (_notebook, message) =>
          deps.send('notebook-notice', { tone: 'error', message: `Today's automatic backup failed: ${message}` }),
      });
    },
  });

  const preparers = createPreparers({ appVersion: deps.appVersion }, { userData: deps.userData });
  const stopProgress = onImportProgress((progress) => deps.send('import-progress', progress));

  return {
    session,
    dispatch: (db, procedure, request) => dispatchAsync(db, procedure, request, preparers),
    openBackupCopy: (path) =>
      isRestoredBackupCopy(path, session.current()?.path ?? null, deps.userData)
        ? session.open(path)
        : Promise.resolve(false),
    careSettled: () => care,
    close() {
      stopProgress();
      session.close();
    },
  };
}
