import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { NotebookDb } from '../../../electron/store/database.ts';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersionOf } from '../../../electron/store/migrations/index.ts';
import { openNotebook } from '../../../electron/store/notebook.ts';
import { fullCaseDocument, withoutExportTime } from '../../helpers/factories.ts';
import { tempDir, tempNotebook, withCalls } from '../../helpers/temp-notebook.ts';
import { undoCodebookAndTemplates } from '../codebook-downgrade.ts';
import { undoCaseVersions } from '../versions-downgrade.ts';
import { undoCjkSearch } from '../search-downgrade.ts';

interface SchemaShape {
  readonly objects: string[];
  readonly columns: Record<string, string[]>;
}

/** Tables, indexes and triggers by name, and every table's columns: what a schema version consists of. */
function schemaShape(db: NotebookDb): SchemaShape {
  const objects = db
    .prepare(`SELECT type || ' ' || name AS object FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY 1`)
    .pluck()
    .all() as string[];
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1`)
    .pluck()
    .all() as string[];
  const columns: Record<string, string[]> = {};
  for (const table of tables) {
    columns[table] = (
      db.pragma(`table_info(${table})`) as { name: string; type: string; notnull: number; dflt_value: unknown }[]
    ).map((column) => `${column.name} ${column.type} ${column.notnull} ${String(column.dflt_value)}`);
  }
  return { objects, columns };
}

function v1Shape(): SchemaShape {
  const db = new Database(':memory:');
  migrate(db, 1);
  return schemaShape(db);
}

/**
 * Turns a v3 notebook back into the v1 it would have been: the indexes and table 003 added, then the
 * columns, indexes and table 002 added are removed and the version set to 1. The test checks the result has exactly the v1 schema.
 */
function downgradeToV1(db: NotebookDb): void {
  undoCaseVersions(db);
  undoCodebookAndTemplates(db);
  undoCjkSearch(db);
  db.exec(`
    DROP INDEX sources_by_added;
    DROP INDEX sources_by_published;
    DROP INDEX sources_by_published_oldest;
    DROP INDEX sources_by_publisher;
    DROP INDEX source_files_by_sha256;
    DROP TABLE source_files;
    DROP INDEX cases_by_started;
    DROP INDEX cases_by_title;
    ALTER TABLE cases DROP COLUMN started_sort;
    ALTER TABLE cases DROP COLUMN title_sort;
    DROP TABLE attachments;
    PRAGMA user_version = 1;
  `);
}

/** A v1 notebook file holding three full cases (every part, citations, trash) with mixed start dates. */
function v1NotebookWithData() {
  const dir = tempDir();
  const path = join(dir, 'old.casebook');
  const notebook = withCalls(openNotebook(path, { create: true }), dir);
  const seeds = ['one', 'two', 'three'];
  for (const seed of seeds) notebook.call('bundles.import', { document: fullCaseDocument(seed) });
  const ids = notebook.call('cases.list', { sort: 'title' }).cases.map((c) => c.id);
  const [one, two, three] = ids;
  const starts: [string | undefined, string | null, string][] = [
    [one, '2017-04-09T14:30+08:00', 'zebra crossing'],
    [two, null, 'Apple'],
    [three, '2017', 'Émile'],
  ];
  for (const [id, startedOn, title] of starts)
    notebook.call('cases.update', { id: id ?? '', patch: { startedOn, title } });
  const document = notebook.call('cases.get', { id: one ?? '' });
  notebook.call('lessons.delete', { id: document.lessons[0]?.id ?? '' });
  const documents = ids.map((id) => withoutExportTime(notebook.call('bundles.exportCase', { id: id ?? '' })));
  notebook.call('cases.delete', { id: two ?? '' });
  const before = {
    documents,
    trash: notebook.call('trash.list', {}),
    search: notebook.call('search.query', { query: 'apologize' }),
  };
  downgradeToV1(notebook.db);
  notebook.close();
  return { path, dir, ids, before };
}

describe('migration 002: case list orders and attachments', () => {
  it('upgrades a v1 notebook with data to v2 keeping everything, and sorts its old cases by the new keys', () => {
    const old = v1NotebookWithData();
    const raw = new Database(old.path);
    expect(schemaVersionOf(raw)).toBe(1);
    expect(schemaShape(raw)).toEqual(v1Shape());
    raw.close();

    const notebook = withCalls(openNotebook(old.path), old.dir);
    try {
      expect(notebook.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      const trash = notebook.call('trash.list', {});
      const search = notebook.call('search.query', { query: 'apologize' });
      const [trashedCase] = trash.entries.filter((entry) => entry.kind === 'case');
      const titles = (sort: 'started' | 'title') => notebook.call('cases.list', { sort }).cases.map((c) => c.title);
      expect(titles('title')).toEqual(['Émile', 'zebra crossing']);
      expect(titles('started')).toEqual(['zebra crossing', 'Émile']);
      expect(notebook.call('cases.list', { year: 2017 }).cases).toHaveLength(2);

      notebook.call('trash.restore', { id: trashedCase?.id ?? '' });
      const documents = old.ids.map((id) => withoutExportTime(notebook.call('bundles.exportCase', { id: id ?? '' })));
      expect({ documents, trash, search }).toEqual(old.before);
      expect(titles('title')).toEqual(['Apple', 'Émile', 'zebra crossing']);
      expect(titles('started')).toEqual(['zebra crossing', 'Émile', 'Apple']);
      expect(notebook.db.pragma('foreign_key_check')).toEqual([]);
      expect(notebook.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      notebook.close();
    }
  });

  it('adds a STRICT attachments table that refuses unknown media types and a wrong byte length', () => {
    const notebook = tempNotebook();
    const caseId = notebook.call('cases.create', { title: 'x' }).id;
    expect(notebook.db.prepare(`SELECT strict FROM pragma_table_list WHERE name = 'attachments'`).pluck().get()).toBe(
      1,
    );
    const insert = notebook.db.prepare(
      `INSERT INTO attachments (id, case_id, file_name, media_type, bytes, byte_length, sha256, created_at) VALUES (?, ?, 'f', ?, ?, ?, ?, 'x')`,
    );
    const sha = '0'.repeat(64);
    expect(() => insert.run('a1', caseId, 'image/svg+xml', Buffer.from('x'), 1, sha)).toThrow(/CHECK/);
    expect(() => insert.run('a2', caseId, 'image/png', Buffer.from('xy'), 1, sha)).toThrow(/CHECK/);
    expect(() => insert.run('a3', caseId, 'image/png', 'text, not bytes', 15, sha)).toThrow();
    expect(() => insert.run('a4', 'no-such-case', 'image/png', Buffer.from('x'), 1, sha)).toThrow(/FOREIGN KEY/);
  });

  it('serves each order of the case list from its own index', () => {
    const notebook = tempNotebook();
    const plan = (sql: string) =>
      (notebook.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((row) => row.detail)
        .join(' | ');
    const live = 'FROM cases WHERE deleted_at IS NULL';
    expect(plan(`SELECT id ${live} ORDER BY started_sort DESC, id DESC LIMIT 50`)).toMatch(
      /USING INDEX cases_by_started(?!.*TEMP B-TREE)/,
    );
    expect(plan(`SELECT id ${live} ORDER BY title_sort, id LIMIT 50`)).toMatch(
      /USING INDEX cases_by_title(?!.*TEMP B-TREE)/,
    );
    expect(
      plan(
        `SELECT id ${live} AND started_sort >= '2017' AND started_sort < '2017.' ORDER BY started_sort DESC, id DESC`,
      ),
    ).toMatch(/cases_by_started \(started_sort>\? AND started_sort<\?\)/);
  });

  it('runs in one transaction: a failure half-way leaves the notebook at version 1, untouched', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    db.exec('CREATE TABLE attachments (x)'); // makes 002 fail after it altered the cases table
    expect(() => migrate(db)).toThrow();
    expect(schemaVersionOf(db)).toBe(1);
    expect((db.pragma('table_info(cases)') as { name: string }[]).map((c) => c.name)).not.toContain('started_sort');
  });
});
