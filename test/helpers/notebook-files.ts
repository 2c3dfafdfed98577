import { closeSync, openSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrate } from '../../electron/store/migrations/index.ts';
import type { OpenNotebook } from '../../electron/store/notebook.ts';

/** Reads a notebook file's schema version straight from SQLite. */
export function userVersionOf(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return Number(db.pragma('user_version', { simple: true }));
  } finally {
    db.close();
  }
}

/** The titles of the cases in a notebook file, read straight from SQLite. */
export function caseTitlesIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT title FROM cases ORDER BY title').pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** A notebook file at an older schema version, with the given case titles. */
export function oldNotebookFile(file: string, version: number, titles: readonly string[] = []): void {
  const db = new Database(file);
  try {
    migrate(db, version);
    const insert = db.prepare(
      `INSERT INTO cases (id, slug, title, created_at, updated_at, updated_sort) VALUES (?, ?, ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`,
    );
    titles.forEach((title, index) => insert.run(`01JC${String(index).padStart(22, '0')}`, `old-case-${index}`, title));
  } finally {
    db.close();
  }
}

/**
 * Closes the notebook after scribbling over the header of a table's root page (the cases table unless told):
 * the file still opens, but reading that table fails, as after a disk fault.
 */
export function closeWithDamagedTable(notebook: OpenNotebook, table = 'cases'): void {
  const root = notebook.db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table) as number;
  const pageSize = Number(notebook.db.pragma('page_size', { simple: true }));
  notebook.db.pragma('wal_checkpoint(TRUNCATE)');
  notebook.close();
  const fd = openSync(notebook.path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(16, 0x5a), 0, 16, (root - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

/** Lets the notebook file grow no further, as when the disk is full: the next write that needs a page fails. */
export function stopNotebookGrowth(notebook: OpenNotebook): void {
  const pages = Number(notebook.db.pragma('page_count', { simple: true }));
  notebook.db.pragma(`max_page_count = ${pages}`);
}

/** Undoes stopNotebookGrowth, as freeing space on the disk does. */
export function letNotebookGrow(notebook: OpenNotebook): void {
  notebook.db.pragma('max_page_count = 4294967294');
}

/** The summaries of the cases in a notebook file, read straight from SQLite. */
export function caseSummariesIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT summary FROM cases ORDER BY title').pluck().all() as string[];
  } finally {
    db.close();
  }
}
