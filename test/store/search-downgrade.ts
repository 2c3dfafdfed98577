import Database from 'better-sqlite3';
import type { NotebookDb } from '../../electron/store/database.ts';
import { migrate } from '../../electron/store/migrations/index.ts';

/** The search index and triggers a schema-3 notebook stored, read from a fresh schema-3 database. */
function v3SearchSchema(): { table: string; triggers: string[] } {
  const db = new Database(':memory:');
  try {
    migrate(db, 3);
    const rows = db
      .prepare(
        `SELECT type, sql FROM sqlite_schema WHERE (type = 'trigger' AND name LIKE '%_search_%') OR name = 'search_index'`,
      )
      .all() as { type: string; sql: string }[];
    return {
      table: rows.find((row) => row.type === 'table')?.sql ?? '',
      triggers: rows.filter((row) => row.type === 'trigger').map((row) => row.sql),
    };
  } finally {
    db.close();
  }
}

/**
 * Undoes migration 004 on an open notebook, for tests that turn a new notebook into an old one: the
 * connection's search triggers are dropped, and the schema-3 index and stored triggers come back with the
 * notebook's text indexed as schema 3 indexed it (no CJK segmentation).
 */
export function undoCjkSearch(db: NotebookDb): void {
  const { table, triggers } = v3SearchSchema();
  const temp = db.prepare(`SELECT name FROM sqlite_temp_schema WHERE type = 'trigger'`).pluck().all() as string[];
  for (const name of temp) db.exec(`DROP TRIGGER temp.${name}`);
  db.exec('DROP TABLE search_index; DELETE FROM search_keys;');
  db.exec(table);
  for (const trigger of triggers) db.exec(trigger);
  // Touching each indexed column re-indexes every live row through the restored triggers.
  db.exec(`
    UPDATE cases SET title = title;
    UPDATE narratives SET text = text;
    UPDATE issue_rows SET issue = issue;
    UPDATE events SET title = title;
    UPDATE quotes SET text = text;
    UPDATE facts SET statement = statement;
    UPDATE lessons SET text = text;
    UPDATE sources SET title = title;
  `);
}
