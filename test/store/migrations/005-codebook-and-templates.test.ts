import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersionOf } from '../../../electron/store/migrations/index.ts';
import { openNotebook } from '../../../electron/store/notebook.ts';
import { tempDir, withCalls } from '../../helpers/temp-notebook.ts';

/** A notebook file at schema 4 with a case coded with a custom strategy and a retired custom crisis type. */
function v4NotebookWithCodes() {
  const dir = tempDir();
  const path = join(dir, 'v4.casebook');
  const db = new Database(path);
  migrate(db, 4);
  const at = '2026-01-05T10:00:00.000Z';
  db.prepare(
    `INSERT INTO cases (id, slug, title, crisis_type, created_at, updated_at, updated_sort) VALUES ('c1', 'c1', 'Old case', 'own-type', ?, ?, ?)`,
  ).run(at, at, at);
  db.prepare(
    `INSERT INTO issue_rows (id, case_id, position, issue, strategy) VALUES ('r1', 'c1', 0, 'Allegation', 'own-strategy')`,
  ).run();
  db.prepare(
    `INSERT INTO custom_codes (kind, id, label) VALUES ('scct-strategy', 'own-strategy', 'Our strategy')`,
  ).run();
  db.prepare(
    `INSERT INTO custom_codes (kind, id, label, retired) VALUES ('crisis-type', 'own-type', 'Our crisis type', 1)`,
  ).run();
  db.close();
  return { dir, path };
}

describe('migration 005: the editable codebook and case templates', () => {
  it('upgrades a schema-4 notebook keeping its custom codes and codings, a retired code staying retired', () => {
    const old = v4NotebookWithCodes();
    const notebook = withCalls(openNotebook(old.path), old.dir);
    try {
      expect(schemaVersionOf(notebook.db)).toBeGreaterThanOrEqual(5);
      const codes = notebook.call('codebook.get', {}).codes;
      const strategy = codes.find((code) => code.id === 'own-strategy');
      expect(strategy).toMatchObject({ label: 'Our strategy', posture: null, retired: false, builtIn: false, uses: 1 });
      expect(codes.find((code) => code.id === 'own-type')).toMatchObject({ retired: true, uses: 1 });
      expect(notebook.call('cases.get', { id: 'c1' }).issueRows[0]?.strategy).toBe('own-strategy');
      // the new columns and tables work on the upgraded file
      notebook.call('codebook.saveCode', {
        kind: 'scct-strategy',
        id: 'own-strategy',
        label: 'Ours',
        posture: 'rebuild',
      });
      notebook.call('codebook.retireCode', { kind: 'scct-strategy', id: 'apology' });
      expect(notebook.call('templates.list', {}).templates.length).toBeGreaterThanOrEqual(5);
      expect(notebook.db.pragma('foreign_key_check')).toEqual([]);
      expect(notebook.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      notebook.close();
    }
  });

  it('refuses a posture outside SCCT and an override of an unknown kind at the table level', () => {
    const db = new Database(':memory:');
    migrate(db, 5);
    expect(() =>
      db
        .prepare(`INSERT INTO custom_codes (kind, id, label, posture) VALUES ('scct-strategy', 'x', 'X', 'attack')`)
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO code_overrides (kind, id, label, updated_at) VALUES ('tactic', 'x', 'X', 'now')`).run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO case_templates (id, name, body, created_at) VALUES ('t', 'T', 'not json', 'now')`).run(),
    ).toThrow(/CHECK/);
  });

  it('counts code uses through indexes, not table scans', () => {
    const db = new Database(':memory:');
    migrate(db, 5);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT strategy, count(*) FROM issue_rows WHERE strategy IS NOT NULL AND deleted_at IS NULL GROUP BY strategy`,
      )
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/USING (COVERING )?INDEX issue_rows_by_scct_code/);
  });

  it('runs in one transaction: a failure half-way leaves the notebook at version 4', () => {
    const db = new Database(':memory:');
    migrate(db, 4);
    db.exec('CREATE TABLE case_templates (x)'); // 005 fails after altering custom_codes
    expect(() => migrate(db, 5)).toThrow();
    expect(schemaVersionOf(db)).toBe(4);
    const columns = (
      db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('custom_codes') as string[]
    ).sort();
    expect(columns).not.toContain('posture');
  });
});
