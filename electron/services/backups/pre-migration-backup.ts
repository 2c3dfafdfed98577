import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CasebookError } from '../../../shared/contract/result.ts';
import type { NotebookDb } from '../../store/database.ts';
import { copyDatabaseSync, integrityOfFile } from '../../store/integrity.ts';
import { backupFileName } from './backup-files.ts';
import { applyRetention } from './automatic-backups.ts';
import { backupRetentionOf } from './backup-retention-setting.ts';

/**
 * The `beforeMigrate` hook of openNotebook: a verified copy of the notebook, as it was, before its schema is
 * upgraded. When the copy cannot be made or fails its check, the upgrade does not happen.
 */
export function preMigrationBackup(folder: string, now: () => Date = () => new Date()) {
  return (db: NotebookDb, fromVersion: number, toVersion: number): void => {
    const final = path.join(folder, backupFileName(now(), 'pre-migration'));
    const partial = `${final}.partial`;
    try {
      mkdirSync(folder, { recursive: true });
      removeQuietly(partial);
      copyDatabaseSync(db, partial);
      const integrity = integrityOfFile(partial);
      if (integrity.length !== 1 || integrity[0] !== 'ok')
        throw new Error(`the copy failed its integrity check: ${integrity.slice(0, 2).join('; ')}`);
      renameSync(partial, final);
    } catch (error) {
      removeQuietly(partial);
      throw new CasebookError(
        'internal',
        `Casebook could not back up the notebook before upgrading it from schema version ${fromVersion} to ${toVersion} (${error instanceof Error ? error.message : String(error)}); the notebook was not changed.`,
      );
    }
    applyRetention(folder, backupRetentionOf(db));
  };
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // nothing to clean up where the folder itself could not be made
  }
}
