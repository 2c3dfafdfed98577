import { constants, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { CasebookError } from '../../../shared/contract/result.ts';
import type { NotebookDb } from '../../store/database.ts';
import { notebookFileOf } from '../../store/notebook-file.ts';
import { integrityCheckFile } from '../../store/quick-check.ts';
import { createBackup } from './automatic-backups.ts';
import { listBackupFiles, parseBackupFileName, type BackupFile } from './backup-files.ts';
import { backupFolderFor } from './backup-folder.ts';
import type { BackupRetention } from './backup-retention.ts';
import { backupRetentionOf } from './backup-retention-setting.ts';

export interface BackupRow {
  readonly name: string;
  readonly createdAt: string;
  readonly reason: BackupFile['reason'];
  readonly bytes: number;
}

function row(backup: BackupFile): BackupRow {
  return { name: backup.name, createdAt: backup.createdAt, reason: backup.reason, bytes: backup.bytes };
}

/** The open notebook's backups, newest first, the folder that holds them, and how many are kept. */
export function listNotebookBackups(
  db: NotebookDb,
  userData: string,
): { folder: string; backups: BackupRow[]; retention: BackupRetention } {
  const folder = backupFolderFor(notebookFileOf(db), userData);
  return { folder, backups: listBackupFiles(folder).map(row), retention: backupRetentionOf(db) };
}

export async function backUpNow(db: NotebookDb, userData: string): Promise<BackupRow> {
  const folder = backupFolderFor(notebookFileOf(db), userData);
  return row(await createBackup(db, folder, 'manual', new Date(), backupRetentionOf(db)));
}

/**
 * Puts a copy of a backup beside the notebook, as a new notebook file named after the backup's date, after
 * checking it; the notebook itself and the backup are never touched. Returns the copy's path.
 */
export async function copyBackupBesideNotebook(
  db: NotebookDb,
  userData: string,
  name: string,
): Promise<{ path: string }> {
  if (parseBackupFileName(name) === null || path.basename(name) !== name) {
    throw new CasebookError('invalid-request', `name: "${name.slice(0, 80)}" is not the name of a Casebook backup`);
  }
  const notebookFile = notebookFileOf(db);
  const backup = path.join(backupFolderFor(notebookFile, userData), name);
  if (!existsSync(backup)) throw new CasebookError('not-found', `There is no backup named ${name}.`);
  const integrity = await integrityCheckFile(backup);
  if (integrity.length !== 1 || integrity[0] !== 'ok') {
    throw new CasebookError('notebook-corrupt', `The backup ${name} failed its integrity check; choose an older one.`);
  }
  const notebookName = path.basename(notebookFile).replace(/\.casebook$/i, '');
  const day = name.slice(0, 10);
  const fileName = `${notebookName} (backup of ${day})`;
  try {
    return { path: copyAsNewFile(backup, path.dirname(notebookFile), fileName) };
  } catch (error) {
    // Beside a notebook on read-only media there is no room: the copy goes to the app's own folder.
    if (!['EROFS', 'EACCES', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    const restored = path.join(userData, 'Restored');
    mkdirSync(restored, { recursive: true });
    return { path: copyAsNewFile(backup, restored, fileName) };
  }
}

/** Copies a file into a folder under a name no other file has there ("name.casebook", "name 2.casebook", …). */
function copyAsNewFile(source: string, folder: string, name: string): string {
  for (let n = 1; ; n += 1) {
    const target = path.join(folder, n === 1 ? `${name}.casebook` : `${name} ${n}.casebook`);
    try {
      copyFileSync(source, target, constants.COPYFILE_EXCL);
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
