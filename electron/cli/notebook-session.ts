import type { OpenNotebook, OpenNotebookOptions } from '../store/notebook.ts';
import type { NotebookAccess } from './command-table.ts';
import { CasebookError } from '../../shared/contract/result.ts';
import { CliError, oneLine } from './errors.ts';
import { EXIT_NOTEBOOK } from './exit-codes.ts';

/** How long a writing command waits for another writer (the app, say) before it gives up with exit 3. */
export const WRITER_WAIT_MS = 5_000;

function openOptions(access: NotebookAccess): OpenNotebookOptions {
  switch (access) {
    case 'create':
      return { create: true, busyTimeoutMs: WRITER_WAIT_MS };
    case 'write':
      return { create: false, busyTimeoutMs: WRITER_WAIT_MS };
    case 'read':
      return { create: false, readonly: true };
  }
}

/** Opens the notebook for one command and closes it afterwards, whatever happens. */
export async function withNotebook<T>(dbPath: string, access: NotebookAccess, work: (notebook: OpenNotebook) => T | Promise<T>): Promise<T> {
  // Loaded here, not at the top, so `--help` and usage errors never load SQLite or zod.
  const { openNotebook } = await import('../store/notebook.ts');
  const options = openOptions(access);
  if (access !== 'read') options.beforeMigrate = await preMigrationBackupFor(dbPath);
  let notebook: OpenNotebook;
  try {
    notebook = openNotebook(dbPath, options);
  } catch (error) {
    // Whatever stops the notebook from opening (missing, newer, corrupt, locked, needing an upgrade that a
    // read-only command must not make) is a notebook problem.
    if ((error as { code?: unknown }).code === 'notebook-missing' && access !== 'create') {
      throw new CliError(EXIT_NOTEBOOK, `no notebook at ${dbPath} (create one with: casebook --db ${quoteForShell(dbPath)} init)`);
    }
    if (error instanceof CasebookError) throw new CliError(EXIT_NOTEBOOK, oneLine(error.message));
    throw error;
  }
  try {
    return await work(notebook);
  } finally {
    notebook.close();
  }
}

/** The same pre-upgrade backup the app makes, in the app's backup folder for this notebook. */
async function preMigrationBackupFor(dbPath: string): Promise<OpenNotebookOptions['beforeMigrate']> {
  const [{ homedir }, { userDataFolder }, { backupFolderFor }, { preMigrationBackup }] = await Promise.all([
    import('node:os'),
    import('../services/notebook-location.ts'),
    import('../services/backups/backup-folder.ts'),
    import('../services/backups/pre-migration-backup.ts'),
  ]);
  return preMigrationBackup(backupFolderFor(dbPath, userDataFolder(process.platform, process.env, homedir())));
}

function quoteForShell(text: string): string {
  return /^[\w./:\\-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
