import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function isWritable(target: string): boolean {
  try {
    accessSync(target, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether files can be created in the folder of `file` (false on read-only media and in locked folders). */
export function folderIsWritable(file: string): boolean {
  return isWritable(path.dirname(file));
}

/** Whether this process may write the file itself (false for a file marked read-only, or on read-only media). */
export function fileIsWritable(file: string): boolean {
  return isWritable(file);
}

export interface ReadOnlyCopy {
  readonly path: string;
  remove(): void;
}

/**
 * A private copy of a notebook (and its write-ahead log, if one was left) in the temp folder. SQLite cannot
 * read a WAL-mode database in place on read-only media: it needs a shared-memory file beside it, and the
 * `immutable` URI flag that would waive that is not available through better-sqlite3. The copy is what the
 * read-only connection reads; it is removed when the notebook closes.
 */
export function makeReadOnlyCopy(notebookPath: string): ReadOnlyCopy {
  const folder = mkdtempSync(path.join(tmpdir(), 'casebook-read-only-'));
  const copy = path.join(folder, path.basename(notebookPath));
  try {
    copyFileSync(notebookPath, copy);
    if (existsSync(`${notebookPath}-wal`)) copyFileSync(`${notebookPath}-wal`, `${copy}-wal`);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return { path: copy, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
