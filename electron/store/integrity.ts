import Database from 'better-sqlite3';
import type { NotebookDb } from './database.ts';

/** PRAGMA integrity_check: ['ok'] when the file is sound, else one message per problem. */
export function integrityCheck(db: NotebookDb): string[] {
  return (db.pragma('integrity_check') as { integrity_check: unknown }[]).map((row) => String(row.integrity_check));
}

export interface ForeignKeyProblem {
  readonly table: string;
  readonly rowid: number | null;
  readonly parent: string;
}

export function foreignKeyProblems(db: NotebookDb): ForeignKeyProblem[] {
  return (db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[]).map((row) => ({
    table: row.table,
    rowid: row.rowid,
    parent: row.parent,
  }));
}

/** Copies the notebook with SQLite's online backup, safe while others read and write it. */
export async function backupDatabase(db: NotebookDb, outPath: string): Promise<void> {
  await db.backup(outPath);
  // The copy inherits WAL mode, which leaves -wal and -shm files beside it once opened; a backup is one file.
  const copy = new Database(outPath, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Writes a consistent copy of the notebook in one synchronous step (VACUUM INTO), for the moment before a
 * schema upgrade, when the notebook is not yet in use and the asynchronous online backup cannot be awaited.
 */
export function copyDatabaseSync(db: NotebookDb, outPath: string): void {
  db.prepare('VACUUM INTO ?').run(outPath);
}

/** Opens a database file read-only and runs integrity_check on it. */
export function integrityOfFile(path: string): string[] {
  const copy = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return integrityCheck(copy);
  } finally {
    copy.close();
  }
}
