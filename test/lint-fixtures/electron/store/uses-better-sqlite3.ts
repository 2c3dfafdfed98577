import Database from 'better-sqlite3';
import type { NotebookDb } from './database.ts';

export function openInMemory(): NotebookDb {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE notes (id TEXT PRIMARY KEY) STRICT');
  db.pragma('foreign_keys = ON');
  return db;
}

export function noteIds(db: NotebookDb): string[] {
  return db
    .prepare<[], { id: string }>('SELECT id FROM notes')
    .all()
    .map((row) => row.id);
}
