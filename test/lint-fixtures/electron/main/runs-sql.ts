import type { NotebookDb } from '../store/database.ts';

export function rawDelete(db: NotebookDb, id: string): void {
  db.prepare('DELETE FROM cases WHERE id = ?').run(id); // error: casebook/no-sql-outside-store, casebook/no-sql-outside-store
}
