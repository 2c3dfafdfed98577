import type { NotebookDb } from '../../electron/store/database.ts';

/** How many rows a table holds, trashed ones included: what tests use to prove nothing was written. */
export function rowCount(db: NotebookDb, table: string): number {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

/** Damages a notebook the way a foreign tool could: a lesson whose case does not exist. */
export function insertOrphanLesson(db: NotebookDb): void {
  db.pragma('foreign_keys = OFF');
  try {
    db.prepare(
      `INSERT INTO lessons (id, case_id, position, text) VALUES ('ORPHAN', 'NO-SUCH-CASE', 0, 'orphan')`,
    ).run();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
