import { backupRetentionSchema } from '../../../shared/contract/backup-schemas.ts';
import type { ParsedRequestOf, ResponseOf } from '../../../shared/contract/procedures.ts';
import type { NotebookDb } from '../../store/database.ts';
import { getNotebookSetting, putNotebookSetting } from '../../store/notebook-settings.ts';
import { DEFAULT_RETENTION, type BackupRetention } from './backup-retention.ts';

const RETENTION_KEY = 'backups.retention';

/** How many daily and weekly backups this notebook keeps, as the person set it (7 and 4 unless changed). */
export function backupRetentionOf(db: NotebookDb): BackupRetention {
  let stored: unknown;
  try {
    stored = getNotebookSetting(db, RETENTION_KEY);
  } catch (error) {
    // A notebook from before schema 6 (being backed up before its upgrade) has no settings yet.
    if (error instanceof Error && /no such table/.test(error.message)) return DEFAULT_RETENTION;
    throw error;
  }
  const parsed = backupRetentionSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_RETENTION;
}

export function setBackupRetention(
  db: NotebookDb,
  request: ParsedRequestOf<'backups.setRetention'>,
): ResponseOf<'backups.setRetention'> {
  const retention = { daily: request.daily, weekly: request.weekly };
  putNotebookSetting(db, RETENTION_KEY, retention);
  return retention;
}
