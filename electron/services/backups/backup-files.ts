import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const BACKUP_REASONS = ['daily', 'manual', 'pre-migration'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupFile {
  readonly path: string;
  readonly name: string;
  /** When the backup was taken, as an ISO timestamp (UTC). */
  readonly createdAt: string;
  readonly reason: BackupReason;
  readonly bytes: number;
}

// 2026-11-24T21-05-09Z.daily.casebook: sortable, and safe in every file system (no colons).
const NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.(daily|manual|pre-migration)\.casebook$/;

export function backupFileName(time: Date, reason: BackupReason): string {
  const stamp = time.toISOString().slice(0, 19).replace(/:/g, '-');
  return `${stamp}Z.${reason}.casebook`;
}

export function parseBackupFileName(name: string): { createdAt: string; reason: BackupReason } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, reason] = match;
  const createdAt = `${day}T${hours}:${minutes}:${seconds}.000Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, reason: reason as BackupReason };
}

/** The backups in a folder, newest first; other files are ignored. A missing folder has none. */
export function listBackupFiles(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const backups: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (parsed === null) continue;
    const file = path.join(folder, name);
    backups.push({ path: file, name, ...parsed, bytes: statSync(file).size });
  }
  return backups.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
