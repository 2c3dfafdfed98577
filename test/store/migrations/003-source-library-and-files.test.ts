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

/** Tables, indexes and triggers by name with their SQL: what a schema version consists of. */
function schemaOf(db: NotebookDb): { name: string; sql: string | null }[] {
  return db
    .prepare(`SELECT type || ' ' || name AS name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY 1`)
    .all() as { name: string; sql: string | null }[];
}

function v2Schema() {
  const db = new Database(':memory:');
  migrate(db, 2);
  return schemaOf(db);
}

/** Turns a v3 notebook back into the v2 it would have been: what 003 added is removed, the version set to 2. */
function downgradeToV2(db: NotebookDb): void {
  undoCaseVersions(db);
  undoCodebookAndTemplates(db);
  undoCjkSearch(db);
  db.exec(`
    DROP INDEX sources_by_added;
    DROP INDEX sources_by_published;
    DROP INDEX sources_by_published_oldest;
    DROP INDEX sources_by_publisher;
    DROP TABLE source_files;
    PRAGMA user_version = 2;
  `);
}

/** A v2 notebook file with two full cases, a captured page, a trashed source and a trashed case. */
function v2NotebookWithData() {
  const dir = tempDir();
  const path = join(dir, 'old.casebook');
  const notebook = withCalls(openNotebook(path, { create: true }), dir);
  for (const seed of ['one', 'two']) notebook.call('bundles.import', { document: fullCaseDocument(seed) });
  const page = notebook.call('sources.addFromHtml', {
    html: '<html lang="zh-CN"><head><title>小米声明</title></head><body><article><p>小米公关部今日发布声明，称已报警。</p></article></body></html>',
    url: 'https://weibo.example.cn/post/1',
  }).source;
  const spare = notebook.call('sources.create', { fields: { title: 'Spare', publishedOn: '2019' } }).source;
  notebook.call('sources.delete', { id: spare.id });
  const ids = notebook.call('cases.list', { sort: 'title' }).cases.map((c) => c.id);
  const documents = ids.map((id) => withoutExportTime(notebook.call('bundles.exportCase', { id })));
  notebook.call('cases.delete', { id: ids[1] ?? '' });
  const before = {
    documents,
    page: notebook.call('sources.get', { id: page.id }),
    trash: notebook.call('trash.list', {}),
    search: notebook.call('search.query', { query: '小米公关部今日发布声明' }),
  };
  downgradeToV2(notebook.db);
  notebook.close();
  return { path, dir, ids, page, before };
}

describe('migration 003: the source library and source files', () => {
  it('upgrades a v2 notebook with data keeping everything, and lists its sources in every order', () => {
    const old = v2NotebookWithData();
    const raw = new Database(old.path);
    expect(schemaVersionOf(raw)).toBe(2);
    expect(schemaOf(raw)).toEqual(v2Schema());
    raw.close();

    const notebook = withCalls(openNotebook(old.path), old.dir);
    try {
      expect(notebook.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(3);
      const trash = notebook.call('trash.list', {});
      const search = notebook.call('search.query', { query: '小米公关部今日发布声明' });
      const page = notebook.call('sources.get', { id: old.page.id });
      const trashedCase = trash.entries.find((entry) => entry.kind === 'case');
      notebook.call('trash.restore', { id: trashedCase?.id ?? '' });
      const documents = old.ids.map((id) => withoutExportTime(notebook.call('bundles.exportCase', { id: id ?? '' })));
      expect({ documents, page, trash, search }).toEqual(old.before);

      const live = notebook.call('sources.list', { limit: 500 });
      expect(live.total).toBeGreaterThan(2);
      for (const sort of ['added', 'published', 'published-oldest', 'title'] as const) {
        const listed = notebook.call('sources.list', { sort, limit: 500 }).sources.map((s) => s.id);
        expect(new Set(listed)).toEqual(new Set(live.sources.map((s) => s.id)));
      }
      expect(notebook.call('sources.list', { hasSnapshot: true }).sources.map((s) => s.id)).toContain(old.page.id);
      expect(notebook.db.pragma('foreign_key_check')).toEqual([]);
      expect(notebook.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      notebook.close();
    }
  });

  it('adds a STRICT source_files table that refuses unknown media types, a wrong length and an unknown source', () => {
    const notebook = tempNotebook();
    const sourceId = notebook.call('sources.create', { fields: { title: 'x' } }).source.id;
    expect(notebook.db.prepare(`SELECT strict FROM pragma_table_list WHERE name = 'source_files'`).pluck().get()).toBe(
      1,
    );
    const insert = notebook.db.prepare(
      `INSERT INTO source_files (source_id, file_name, media_type, bytes, byte_length, sha256, created_at) VALUES (?, 'f', ?, ?, ?, ?, 'x')`,
    );
    const sha = '0'.repeat(64);
    expect(() => insert.run(sourceId, 'application/x-msdownload', Buffer.from('x'), 1, sha)).toThrow(/CHECK/);
    expect(() => insert.run(sourceId, 'application/pdf', Buffer.from('xy'), 1, sha)).toThrow(/CHECK/);
    expect(() => insert.run(sourceId, 'application/pdf', Buffer.from('x'), 1, 'short')).toThrow(/CHECK/);
    expect(() => insert.run('no-such-source', 'application/pdf', Buffer.from('x'), 1, sha)).toThrow(/FOREIGN KEY/);
    insert.run(sourceId, 'application/pdf', Buffer.from('x'), 1, sha);
    notebook.db.prepare('DELETE FROM sources WHERE id = ?').run(sourceId);
    expect(notebook.db.prepare('SELECT count(*) FROM source_files').pluck().get()).toBe(0);
  });

  it('runs in one transaction: a failure half-way leaves the notebook at version 2, untouched', () => {
    const db = new Database(':memory:');
    migrate(db, 2);
    db.exec('CREATE TABLE source_files (x)'); // makes 003 fail after it created its indexes
    expect(() => migrate(db)).toThrow();
    expect(schemaVersionOf(db)).toBe(2);
    expect(schemaOf(db)).toEqual(
      [...v2Schema(), { name: 'table source_files', sql: 'CREATE TABLE source_files (x)' }].sort((a, b) =>
        a.name < b.name ? -1 : 1,
      ),
    );
  });
});
