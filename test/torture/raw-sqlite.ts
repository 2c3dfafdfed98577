/* eslint-disable casebook/no-sql-outside-store, casebook/layer-imports -- The torture harness must reach the file
   below the store on purpose: it plants kill points with TEMP triggers, builds notebooks at an old schema version
   with that version's own columns, and runs FTS5's own integrity check; none of that belongs in the app's store. */
import Database from 'better-sqlite3';
import type { NotebookDb } from '../../electron/store/database.ts';
import { migrate } from '../../electron/store/migrations/index.ts';

/** Opens a notebook file the way openNotebook does (same pragmas) but without migrating it. */
export function openRaw(path: string, options: { readonly?: boolean } = {}): NotebookDb {
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: true, timeout: 5_000 });
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  return db;
}

/**
 * Calls `onHit(name)` from inside SQLite whenever a row is written to one of the watched tables (TEMP triggers,
 * so the notebook file itself is never changed). `onHit` decides whether this is the moment to be killed.
 */
export function watchWrites(db: NotebookDb, tables: readonly string[], onHit: (table: string) => void): void {
  db.function('torture_hit', { deterministic: false }, (table: unknown) => {
    onHit(String(table));
    return null;
  });
  for (const table of tables) {
    for (const event of ['INSERT', 'UPDATE']) {
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS torture_${table}_${event.toLowerCase()} AFTER ${event} ON main.${table}
         BEGIN SELECT torture_hit('${table}'); END`,
      );
    }
  }
}

/** FTS5's own check that the full-text index matches its content: throws SQLITE_CORRUPT_VTAB when it does not. */
export function ftsIntegrityCheck(db: NotebookDb): string {
  try {
    db.prepare(`INSERT INTO search_index (search_index) VALUES ('integrity-check')`).run();
    return 'ok';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function integrityCheckOf(db: NotebookDb): string[] {
  return (db.pragma('integrity_check') as { integrity_check: unknown }[]).map((row) => String(row.integrity_check));
}

export function userVersionOf(db: NotebookDb): number {
  return Number(db.pragma('user_version', { simple: true }));
}

export interface OldCase {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly lexical: string;
  readonly text: string;
}

/**
 * A notebook at schema version 1 holding the given cases and narratives, written with v1's own columns (the
 * services only speak the latest schema). Opening it with openNotebook runs every later migration.
 */
export function writeVersion1Notebook(path: string, cases: readonly OldCase[]): void {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    migrate(db, 1);
    const now = new Date().toISOString();
    const insertCase = db.prepare(
      `INSERT INTO cases (id, slug, title, created_at, updated_at, updated_sort, started_on) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertNarrative = db.prepare(
      `INSERT INTO narratives (case_id, format_version, lexical, text, updated_at) VALUES (?, 1, ?, ?, ?)`,
    );
    db.transaction(() => {
      cases.forEach((item, index) => {
        insertCase.run(
          item.id,
          item.slug,
          item.title,
          now,
          now,
          now,
          `20${String(10 + (index % 16))}-0${1 + (index % 9)}`,
        );
        insertNarrative.run(item.id, item.lexical, item.text, now);
      });
    })();
  } finally {
    db.close();
  }
}

/** What every schema version keeps of a case: its title and narrative, by id. */
export function caseContentOf(db: NotebookDb): { id: string; title: string; lexical: string | null; text: string }[] {
  return db
    .prepare(
      `SELECT c.id, c.title, n.lexical, n.text FROM cases c JOIN narratives n ON n.case_id = c.id ORDER BY c.id LIMIT 100000`,
    )
    .all() as { id: string; title: string; lexical: string | null; text: string }[];
}
