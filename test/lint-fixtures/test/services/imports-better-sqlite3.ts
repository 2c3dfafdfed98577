import Database from 'better-sqlite3'; // error: casebook/layer-imports

export function tableCount(file: string): number {
  const db = new Database(file);
  const row = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get(); // error: casebook/no-sql-outside-store, casebook/no-sql-outside-store
  db.close();
  return row?.n ?? 0;
}
