import { existsSync } from 'node:fs';
import path from 'node:path';
import type { OpenNotebook } from '../store/notebook.ts';
import { listBackupFiles } from '../services/backups/backup-files.ts';
import { copyBackupBesideNotebook } from '../services/backups/backup-procedures.ts';
import { backupFolderFor } from '../services/backups/backup-folder.ts';
import { recoverIntoNewNotebook } from '../services/backups/recover-notebook.ts';

export interface DamagedNotebookDeps {
  readonly userData: string;
  /** Asks the person; resolves with the index of the button chosen. */
  ask(options: { message: string; detail: string; buttons: string[] }): Promise<number>;
  tell(message: string, detail: string): Promise<void>;
  /** Switches the window to another notebook file. */
  open(path: string): Promise<boolean>;
}

const OPEN_BACKUP = 'Open the latest backup as a copy';
const RECOVER = 'Recover what can be read into a new notebook';
const KEEP = 'Keep this notebook open';

/** "<name> (recovered).casebook" beside the notebook, numbered when that name is taken. */
export function recoveredPathFor(notebookPath: string): string {
  const base = notebookPath.replace(/\.casebook$/i, '');
  for (let n = 1; ; n += 1) {
    const candidate = `${base} (recovered${n === 1 ? '' : ` ${n}`}).casebook`;
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * A notebook failed its quick check: nothing touches it. The person chooses between opening the latest
 * backup (as a copy) and reading what can be read into a new notebook, or keeps it open as it is.
 */
export async function offerRecovery(
  notebook: OpenNotebook,
  problems: readonly string[],
  deps: DamagedNotebookDeps,
): Promise<void> {
  const latest = listBackupFiles(backupFolderFor(notebook.path, deps.userData))[0];
  const buttons = latest ? [OPEN_BACKUP, RECOVER, KEEP] : [RECOVER, KEEP];
  const choice =
    buttons[
      await deps.ask({
        message: `“${path.basename(notebook.path)}” is damaged.`,
        detail: `Its quick check found problems, so Casebook has not changed it and will not back it up over your good backups.${
          latest
            ? ` The latest backup is from ${latest.createdAt.slice(0, 16).replace('T', ' ')} UTC.`
            : ' There is no backup of it yet.'
        }\n\n${problems.slice(0, 5).join('\n')}`,
        buttons,
      })
    ];
  if (choice === OPEN_BACKUP && latest) {
    const copy = await copyBackupBesideNotebook(notebook.db, deps.userData, latest.name);
    await deps.open(copy.path);
  } else if (choice === RECOVER) {
    const report = recoverIntoNewNotebook(notebook.db, recoveredPathFor(notebook.path));
    const lost = report.lost.length > 0 ? ` ${report.lost.length} could not be read whole and were left out.` : '';
    const list = report.listUnreadable ? ' The list of cases itself could not be read.' : '';
    await deps.tell(
      `Recovered ${report.recovered} ${report.recovered === 1 ? 'case' : 'cases'} into a new notebook.`,
      `${report.path}${lost}${list} The damaged notebook is unchanged.`,
    );
    if (report.recovered > 0) await deps.open(report.path);
  }
}
