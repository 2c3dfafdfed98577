import type { BackupFile } from './backup-files.ts';

export interface BackupRetention {
  /** How many days keep their newest daily backup. */
  readonly daily: number;
  /** How many weeks, beyond those days, keep their newest daily backup. */
  readonly weekly: number;
}

export const DEFAULT_RETENTION: BackupRetention = { daily: 7, weekly: 4 };
/** Backups taken before a schema upgrade: the last few are kept, in case an upgrade needs undoing. */
const PRE_MIGRATION_KEPT = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The backups retention removes: of the daily backups, the newest of each of the last `daily` days with a
 * backup, then the newest of each of the next `weekly` weeks; the last three pre-migration backups. A backup
 * made on request is the person's own and is never removed automatically.
 */
export function backupsToRemove(backups: readonly BackupFile[], retention: BackupRetention): BackupFile[] {
  const newestFirst = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const remove: BackupFile[] = [];
  const keptDays = new Set<number>();
  const keptWeeks = new Set<number>();
  let weeklyKept = 0;
  for (const backup of newestFirst.filter((b) => b.reason === 'daily')) {
    const time = Date.parse(backup.createdAt);
    const day = Math.floor(time / DAY_MS);
    const week = Math.floor((time - 4 * DAY_MS) / (7 * DAY_MS)); // weeks start on Monday (UTC)
    if (keptDays.size < retention.daily && !keptDays.has(day)) {
      keptDays.add(day);
      keptWeeks.add(week);
    } else if (keptDays.size >= retention.daily && !keptWeeks.has(week) && weeklyKept < retention.weekly) {
      keptWeeks.add(week);
      weeklyKept += 1;
    } else {
      remove.push(backup);
    }
  }
  remove.push(...newestFirst.filter((b) => b.reason === 'pre-migration').slice(PRE_MIGRATION_KEPT));
  return remove;
}
