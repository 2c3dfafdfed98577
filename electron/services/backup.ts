import { existsSync, rmSync, statSync } from 'node:fs';
import { CasebookError } from '../../shared/contract/result.ts';
import type { NotebookDb } from '../store/database.ts';
import { backupDatabase } from '../store/integrity.ts';
import { integrityCheckFile } from '../store/quick-check.ts';

/**
 * Writes an online backup of the notebook (safe while it is open elsewhere), then opens the copy
 * read-only and runs integrity_check on it; a copy that fails is deleted and the backup reported failed.
 */
export async function backupNotebook(
  db: NotebookDb,
  outPath: string,
): Promise<{ out: string; bytes: number; integrity: 'ok' }> {
  if (existsSync(outPath))
    throw new CasebookError('conflict', `${outPath} already exists; choose another file for the backup.`);
  try {
    await backupDatabase(db, outPath);
  } catch (error) {
    rmSync(outPath, { force: true });
    throw new CasebookError(
      'internal',
      `The backup to ${outPath} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const integrity = await integrityCheckFile(outPath);
  if (integrity.length !== 1 || integrity[0] !== 'ok') {
    rmSync(outPath, { force: true });
    throw new CasebookError(
      'notebook-corrupt',
      `The backup failed its integrity check and was deleted: ${integrity.slice(0, 3).join('; ')}`,
    );
  }
  return { out: outPath, bytes: statSync(outPath).size, integrity: 'ok' };
}
