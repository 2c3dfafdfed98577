import type { OpenNotebook } from '../store/notebook.ts';
import { backupIfDue } from '../services/backups/automatic-backups.ts';
import { backupRetentionOf } from '../services/backups/backup-retention-setting.ts';
import { quickCheckFile } from '../store/quick-check.ts';

export interface NotebookCareDeps {
  /** Where this notebook's automatic backups go. */
  backupFolder(notebookPath: string): string;
  /** The quick check found a problem: tell the person (the notebook is not touched). */
  reportDamage(notebook: OpenNotebook, problems: readonly string[]): void;
  reportBackupFailure(notebook: OpenNotebook, message: string): void;
  /** Lets the window appear before the check runs. */
  defer(work: () => void): void;
}

/**
 * What runs after a notebook opened and the window is up: a quick check, then — only if the notebook is
 * sound — the day's first backup. A damaged notebook is never backed up over good backups (retention would
 * otherwise push the good ones out).
 */
export function careForOpenedNotebook(notebook: OpenNotebook, deps: NotebookCareDeps): Promise<void> {
  return new Promise((resolve) => {
    deps.defer(() => {
      void (async () => {
        try {
          if (!notebook.db.open) return;
          // The file SQLite reads: for a notebook on read-only media, its private copy (read-only-copy.ts).
          const problems = await quickCheckFile(notebook.db.name);
          if (!notebook.db.open) return; // another notebook was opened meanwhile
          if (problems.length !== 1 || problems[0] !== 'ok') {
            deps.reportDamage(notebook, problems);
            return;
          }
          await backupIfDue(notebook.db, deps.backupFolder(notebook.path), new Date(), backupRetentionOf(notebook.db));
        } catch (error) {
          deps.reportBackupFailure(notebook, error instanceof Error ? error.message : String(error));
        } finally {
          resolve();
        }
      })();
    });
  });
}
