import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { searchNotebook } from '../../../electron/services/search.ts';
import { migrate, schemaVersionOf } from '../../../electron/store/migrations/index.ts';
import { openNotebook } from '../../../electron/store/notebook.ts';
import { checkSearchIndex } from '../../../electron/store/search-index.ts';
import { tempDir } from '../../helpers/temp-notebook.ts';

const AT = '2026-01-05T10:00:00.000Z';

/** A notebook file at schema 3 with a case, a quote with Chinese original text and a Chinese snapshot. */
function v3NotebookWithData(): string {
  const path = join(tempDir(), 'v3.casebook');
  const db = new Database(path);
  migrate(db, 3);
  db.prepare(
    `INSERT INTO cases (id, slug, title, created_at, updated_at, updated_sort) VALUES ('c1', 'c1', '小米公关危机', ?, ?, ?)`,
  ).run(AT, AT, AT);
  db.prepare(
    `INSERT INTO quotes (id, case_id, position, text, original) VALUES ('q1', 'c1', 0, 'We apologize', '我们深表歉意')`,
  ).run();
  db.prepare(`INSERT INTO sources (id, title, created_at, updated_at) VALUES ('s1', 'Weibo post', ?, ?)`).run(AT, AT);
  db.prepare(
    `INSERT INTO snapshots (source_id, sha256, captured_at, text, html) VALUES ('s1', ?, ?, '公司今日发布声明，称已报警。', '')`,
  ).run('0'.repeat(64), AT);
  db.prepare(
    `INSERT INTO sources (id, title, created_at, updated_at, deleted_at) VALUES ('s2', '报警 trashed', ?, ?, ?)`,
  ).run(AT, AT, AT);
  // schema 3 indexed a whole run of Chinese characters as one word: two characters found nothing
  expect(db.prepare(`SELECT count(*) FROM search_index WHERE search_index MATCH '"报警"'`).pluck().get()).toBe(0);
  db.close();
  return path;
}

describe('migration 004: CJK search', () => {
  it('re-indexes a schema-3 notebook so two characters find words inside Chinese text', () => {
    const path = v3NotebookWithData();
    const notebook = openNotebook(path);
    try {
      expect(schemaVersionOf(notebook.db)).toBeGreaterThanOrEqual(4);
      const found = (query: string) => searchNotebook(notebook.db, query).hits.map((hit) => `${hit.kind}:${hit.id}`);
      expect(found('报警')).toEqual(['source:s1']);
      expect(found('公关')).toEqual(['case:c1']);
      expect(found('歉意')).toEqual(['quote:q1']);
      expect(searchNotebook(notebook.db, '报警').hits[0]?.snippet).toBe('公司今日发布声明，称已«报警»。');
      expect(() => checkSearchIndex(notebook.db)).not.toThrow();
    } finally {
      notebook.close();
    }
  });

  it('moves the search triggers from the file to each connection, which keeps indexing new text', () => {
    const path = v3NotebookWithData();
    openNotebook(path).close();
    const raw = new Database(path);
    expect(raw.prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%search%'`).all()).toEqual(
      [],
    );
    raw.close();
    const notebook = openNotebook(path);
    try {
      notebook.db.prepare(`UPDATE quotes SET original = '我们不会再合作' WHERE id = 'q1'`).run();
      const found = (query: string) => searchNotebook(notebook.db, query).hits.map((hit) => hit.id);
      expect(found('合作')).toEqual(['q1']);
      expect(found('歉意')).toEqual([]);
      expect(() => checkSearchIndex(notebook.db)).not.toThrow();
    } finally {
      notebook.close();
    }
  });

  it('keeps trusted_schema off: a function in a trigger stored in the file is refused', () => {
    const path = v3NotebookWithData();
    openNotebook(path).close();
    const raw = new Database(path);
    raw.exec(`CREATE TRIGGER hostile AFTER INSERT ON lessons BEGIN SELECT casebook_search_text(new.text); END;`);
    raw.close();
    const notebook = openNotebook(path);
    try {
      expect(() =>
        notebook.db.prepare(`INSERT INTO lessons (id, case_id, position, text) VALUES ('l1', 'c1', 0, 'x')`).run(),
      ).toThrow(/unsafe use of casebook_search_text/);
    } finally {
      notebook.close();
    }
  });
});
