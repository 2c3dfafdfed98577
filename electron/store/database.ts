import type { Database } from 'better-sqlite3';

/** An open notebook connection. The only place that names better-sqlite3's type. */
export type NotebookDb = Database;

/** Runs fn inside one write transaction (BEGIN IMMEDIATE); nested calls become savepoints. */
export function inWriteTransaction<T>(db: NotebookDb, fn: () => T): T {
  if (db.inTransaction) return db.transaction(fn)();
  return db.transaction(fn).immediate();
}

/** Runs fn inside one read transaction so every query sees the same snapshot. */
export function inReadTransaction<T>(db: NotebookDb, fn: () => T): T {
  if (db.inTransaction) return fn();
  return db.transaction(fn).deferred();
}

/** The SQLite result code of an error thrown by better-sqlite3 ("SQLITE_BUSY" …), or null. */
export function sqliteErrorCode(error: unknown): string | null {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_')) {
    return error.code;
  }
  return null;
}

export function isBusyError(error: unknown): boolean {
  const code = sqliteErrorCode(error);
  return code !== null && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

export function isReadonlyError(error: unknown): boolean {
  return sqliteErrorCode(error)?.startsWith('SQLITE_READONLY') ?? false;
}

/** SQLITE_FULL: the disk (or the notebook's page limit) has no room for the write. */
export function isFullError(error: unknown): boolean {
  return sqliteErrorCode(error)?.startsWith('SQLITE_FULL') ?? false;
}

export function isCorruptError(error: unknown): boolean {
  const code = sqliteErrorCode(error);
  return code !== null && (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT'));
}
