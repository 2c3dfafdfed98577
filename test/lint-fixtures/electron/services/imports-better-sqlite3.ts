import type { Database } from 'better-sqlite3'; // error: casebook/layer-imports

export function isOpen(db: Database): boolean {
  return db.open;
}
