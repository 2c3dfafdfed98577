import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { NotebookDb } from '../../../electron/store/database.ts';
import {
  LATEST_SCHEMA_VERSION,
  migrate,
  MIGRATIONS,
  NOTEBOOK_APPLICATION_ID,
  schemaVersionOf,
} from '../../../electron/store/migrations/index.ts';

function freshDatabase(): NotebookDb {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
}

function migratedToV1(): NotebookDb {
  const db = freshDatabase();
  migrate(db, 1);
  return db;
}

function insertCase(db: NotebookDb, id: string, title = 'A case'): void {
  db.prepare(
    `INSERT INTO cases (id, slug, title, created_at, updated_at, updated_sort) VALUES (?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00.000Z')`,
  ).run(id, `slug-${id}`, title);
}

function search(db: NotebookDb, word: string): string[] {
  return db
    .prepare(`SELECT item_id FROM search_index WHERE search_index MATCH ? ORDER BY item_id`)
    .pluck()
    .all(`"${word}"`) as string[];
}

describe('migration 001: the initial schema', () => {
  it('is numbered 1 in a registry of consecutive versions and records itself in user_version and application_id', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    const db = migratedToV1();
    expect(schemaVersionOf(db)).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(NOTEBOOK_APPLICATION_ID);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(1);
  });

  it('makes every ordinary table STRICT', () => {
    const db = migratedToV1();
    const tables = db
      .prepare(
        `SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%'`,
      )
      .all() as { name: string; strict: number }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'cases',
        'tags',
        'case_tags',
        'actors',
        'issue_rows',
        'events',
        'quotes',
        'facts',
        'lessons',
        'sources',
        'snapshots',
        'citations',
        'narratives',
        'narrative_citations',
        'conflicts',
        'custom_codes',
        'trash',
        'search_keys',
      ]),
    );
    for (const table of tables) expect(table.strict, `${table.name} is STRICT`).toBe(1);
  });

  it('refuses values of the wrong type and unknown enum values', () => {
    const db = migratedToV1();
    insertCase(db, 'c1');
    expect(() => db.prepare(`UPDATE cases SET status = 'published' WHERE id = 'c1'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE cases SET started_approx = 'yes' WHERE id = 'c1'`).run()).toThrow();
    expect(() =>
      db.prepare(`INSERT INTO lessons (id, case_id, position, text) VALUES ('l1', 'c1', 'first', 'x')`).run(),
    ).toThrow();
  });

  it('enforces foreign keys: an item needs its case, and purging a case takes its content with it', () => {
    const db = migratedToV1();
    expect(() =>
      db.prepare(`INSERT INTO lessons (id, case_id, position, text) VALUES ('l1', 'nope', 0, 'x')`).run(),
    ).toThrow(/FOREIGN KEY/);
    insertCase(db, 'c1');
    db.prepare(`INSERT INTO lessons (id, case_id, position, text) VALUES ('l1', 'c1', 0, 'x')`).run();
    db.prepare(`DELETE FROM cases WHERE id = 'c1'`).run();
    expect(db.prepare('SELECT count(*) FROM lessons').pluck().get()).toBe(0);
  });

  it('keeps normalized source URLs unique but allows many sources without a URL', () => {
    const db = migratedToV1();
    const insert = db.prepare(
      `INSERT INTO sources (id, url, normalized_url, title, created_at, updated_at) VALUES (?, ?, ?, 't', 'x', 'x')`,
    );
    insert.run('s1', null, null);
    insert.run('s2', null, null);
    insert.run('s3', 'https://a.example/x', 'https://a.example/x');
    expect(() => insert.run('s4', 'https://A.example/x#f', 'https://a.example/x')).toThrow(/UNIQUE/);
  });

  it('lets a citation belong to exactly one item', () => {
    const db = migratedToV1();
    insertCase(db, 'c1');
    db.prepare(`INSERT INTO sources (id, title, created_at, updated_at) VALUES ('s1', 't', 'x', 'x')`).run();
    db.prepare(`INSERT INTO issue_rows (id, case_id, position) VALUES ('r1', 'c1', 0)`).run();
    db.prepare(`INSERT INTO facts (id, case_id, position, statement) VALUES ('f1', 'c1', 0, 's')`).run();
    expect(() =>
      db
        .prepare(`INSERT INTO citations (source_id, issue_row_id, fact_id, position) VALUES ('s1', 'r1', 'f1', 0)`)
        .run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO citations (source_id, position) VALUES ('s1', 0)`).run()).toThrow(/CHECK/);
    db.prepare(`INSERT INTO citations (source_id, issue_row_id, position) VALUES ('s1', 'r1', 0)`).run();
    db.prepare(`DELETE FROM issue_rows WHERE id = 'r1'`).run();
    expect(db.prepare('SELECT count(*) FROM citations').pluck().get()).toBe(0);
  });

  it('keeps the full-text index current: new text is found, edited text replaced, trashed items dropped and restored', () => {
    const db = migratedToV1();
    insertCase(db, 'c1', 'Kettle recall');
    db.prepare(
      `INSERT INTO issue_rows (id, case_id, position, issue) VALUES ('r1', 'c1', 0, 'Overheating kettles')`,
    ).run();
    expect(search(db, 'kettle')).toEqual(['c1']);
    expect(search(db, 'overheating')).toEqual(['r1']);
    db.prepare(`UPDATE issue_rows SET issue = 'Boiling over' WHERE id = 'r1'`).run();
    expect(search(db, 'overheating')).toEqual([]);
    expect(search(db, 'boiling')).toEqual(['r1']);
    db.prepare(`UPDATE issue_rows SET deleted_at = 'x' WHERE id = 'r1'`).run();
    expect(search(db, 'boiling')).toEqual([]);
    db.prepare(`UPDATE issue_rows SET deleted_at = NULL WHERE id = 'r1'`).run();
    expect(search(db, 'boiling')).toEqual(['r1']);
    db.prepare(`DELETE FROM cases WHERE id = 'c1'`).run();
    expect(db.prepare('SELECT count(*) FROM search_index').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM search_keys').pluck().get()).toBe(0);
  });

  it('indexes a snapshot only while its source is out of the trash', () => {
    const db = migratedToV1();
    db.prepare(`INSERT INTO sources (id, title, created_at, updated_at) VALUES ('s1', 'Report', 'x', 'x')`).run();
    db.prepare(
      `INSERT INTO snapshots (source_id, sha256, captured_at, text, html) VALUES ('s1', ?, 'x', 'zeppelin captured words', '<p></p>')`,
    ).run('0'.repeat(64));
    expect(search(db, 'zeppelin')).toEqual(['s1']);
    db.prepare(`UPDATE sources SET deleted_at = 'x' WHERE id = 's1'`).run();
    expect(search(db, 'zeppelin')).toEqual([]);
    db.prepare(`UPDATE sources SET deleted_at = NULL WHERE id = 's1'`).run();
    expect(search(db, 'zeppelin')).toEqual(['s1']);
  });

  it('serves the case list and item lists from indexes, not table scans', () => {
    const db = migratedToV1();
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
    expect(plan(`SELECT id FROM cases WHERE deleted_at IS NULL ORDER BY updated_sort DESC, id DESC LIMIT 50`)).toMatch(
      /cases_by_recency/,
    );
    expect(plan(`SELECT id FROM issue_rows WHERE case_id = 'c' AND deleted_at IS NULL ORDER BY position, id`)).toMatch(
      /issue_rows_by_case/,
    );
    expect(plan(`SELECT id FROM citations WHERE source_id = 's'`)).toMatch(/citations_by_source/);
    expect(plan(`SELECT * FROM trash ORDER BY deleted_at DESC, id DESC LIMIT 100`)).toMatch(/trash_by_time/);
  });

  it('runs all pending migrations in one transaction: a failure leaves the database at its old version', () => {
    const db = freshDatabase();
    db.exec('CREATE TABLE cases (x)'); // makes 001 fail half-way
    expect(() => migrate(db)).toThrow();
    expect(schemaVersionOf(db)).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'tags'`).pluck().get()).toBe(0);
  });
});
