import type { NotebookDb } from '../store/database.ts';

export function countCases(db: NotebookDb): number {
  const statement = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM cases'); // error: casebook/no-sql-outside-store
  return statement.get()?.n ?? 0; // error: casebook/no-sql-outside-store
}

export function vacuum(db: NotebookDb | undefined): void {
  db?.exec('VACUUM'); // error: casebook/no-sql-outside-store
  db?.['exec']('VACUUM'); // error: casebook/no-sql-outside-store
}

export function schemaVersion(db: NotebookDb): unknown {
  return db.pragma('user_version', { simple: true }); // error: casebook/no-sql-outside-store
}
