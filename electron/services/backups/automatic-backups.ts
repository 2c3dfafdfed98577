import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { NotebookDb } from '../../store/database.ts';
import { backupNotebook } from '../backup.ts';
import { backupFileName, listBackupFiles, type BackupFile, type BackupReason } from './backup-files.ts';
import { backupsToRemove, DEFAULT_RETENTION, type BackupRetention } from './backup-retention.ts';

const PARTIAL = '.partial';

/**
 * Backs the open notebook up into `folder` with SQLite's online backup API. The copy is written under a
 * temporary name and gets its real name only after it passed integrity_check, so a backup interrupted by a
 * crash never counts as one. Then retention removes the backups the policy no longer keeps.
 */
export async function createBackup(
  db: NotebookDb,
  folder: string,
  reason: BackupReason,
  now: Date = new Date(),
  retention: BackupRetention = DEFAULT_RETENTION,
): Promise<BackupFile> {
  mkdirSync(folder, { recursive: true });
  removeLeftoverPartials(folder);
  let time = now;
  while (existsSync(path.join(folder, backupFileName(time, reason)))) time = new Date(time.getTime() + 1000);
  const final = path.join(folder, backupFileName(time, reason));
  const partial = final + PARTIAL;
  await backupNotebook(db, partial);
  renameSync(partial, final);
  applyRetention(folder, retention);
  const made = listBackupFiles(folder).find((backup) => backup.path === final);
  if (!made) throw new Error(`The backup ${final} disappeared right after it was written.`);
  return made;
}

/** The daily backup: taken at the first start of each day (UTC), when none was taken yet that day. */
export async function backupIfDue(
  db: NotebookDb,
  folder: string,
  now: Date = new Date(),
  retention: BackupRetention = DEFAULT_RETENTION,
): Promise<BackupFile | null> {
  const today = now.toISOString().slice(0, 10);
  const hasToday = listBackupFiles(folder).some((backup) => backup.createdAt.startsWith(today));
  return hasToday ? null : createBackup(db, folder, 'daily', now, retention);
}

export function applyRetention(folder: string, retention: BackupRetention): void {
  for (const backup of backupsToRemove(listBackupFiles(folder), retention)) rmSync(backup.path, { force: true });
}

function removeLeftoverPartials(folder: string): void {
  for (const name of readdirSync(folder)) if (name.endsWith(PARTIAL)) rmSync(path.join(folder, name), { force: true });
}
