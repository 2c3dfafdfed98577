import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CasebookError } from '../../shared/contract/result.ts';
import { LATEST_SCHEMA_VERSION, openNotebook } from '../../electron/store/notebook.ts';
import { tempDir } from '../helpers/temp-notebook.ts';

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof CasebookError) return error.code;
    throw error;
  }
  throw new Error('expected a CasebookError');
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('opening a notebook', () => {
  it('creates a new notebook at the latest schema with WAL, full sync and foreign keys on', () => {
    const path = join(tempDir(), 'new.casebook');
    const notebook = openNotebook(path, { create: true });
    try {
      expect(notebook.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(notebook.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(notebook.db.pragma('synchronous', { simple: true })).toBe(2);
      expect(notebook.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(Number(notebook.db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    } finally {
      notebook.close();
    }
    const again = openNotebook(path);
    expect(again.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    again.close();
  });

  it('says the notebook is missing rather than creating one when not asked to', () => {
    const path = join(tempDir(), 'absent.casebook');
    expect(codeOf(() => openNotebook(path))).toBe('notebook-missing');
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a notebook from a newer Casebook and leaves the file byte-for-byte untouched', () => {
    const path = join(tempDir(), 'newer.casebook');
    const notebook = openNotebook(path, { create: true });
    notebook.db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    notebook.db.pragma('wal_checkpoint(TRUNCATE)');
    notebook.db.pragma('journal_mode = DELETE');
    notebook.close();
    const before = sha256(path);
    for (const options of [{}, { create: true }, { readonly: true }]) {
      let error: unknown;
      try {
        openNotebook(path, options);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(CasebookError);
      expect((error as CasebookError).code).toBe('notebook-newer');
      expect((error as CasebookError).message).toMatch(/newer Casebook/);
    }
    expect(sha256(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('calls a file that is not SQLite corrupt, and leaves it alone', () => {
    const path = join(tempDir(), 'text.casebook');
    writeFileSync(path, 'These are my notes, not a database.\n'.repeat(10));
    const before = sha256(path);
    expect(codeOf(() => openNotebook(path, { create: true }))).toBe('notebook-corrupt');
    expect(sha256(path)).toBe(before);
  });

  it('calls a damaged SQLite file corrupt', () => {
    const path = join(tempDir(), 'damaged.casebook');
    const notebook = openNotebook(path, { create: true });
    notebook.db.pragma('wal_checkpoint(TRUNCATE)');
    notebook.close();
    const bytes = readFileSync(path);
    bytes.fill(0xff, 100, bytes.length); // header intact, every page garbage
    writeFileSync(path, bytes);
    expect(codeOf(() => openNotebook(path))).toBe('notebook-corrupt');
  });

  it('refuses another program’s SQLite database instead of adding tables to it', () => {
    const path = join(tempDir(), 'other.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE accounts (id INTEGER PRIMARY KEY)');
    other.close();
    expect(codeOf(() => openNotebook(path, { create: true }))).toBe('notebook-corrupt');
    const check = new Database(path, { readonly: true });
    expect(check.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all()).toEqual(['accounts']);
    check.close();
  });

  it('gives up with notebook-locked when another writer holds the notebook past the busy timeout', () => {
    const path = join(tempDir(), 'locked.casebook');
    const blocker = new Database(path);
    blocker.exec('BEGIN EXCLUSIVE');
    try {
      expect(codeOf(() => openNotebook(path, { create: true, busyTimeoutMs: 50 }))).toBe('notebook-locked');
    } finally {
      blocker.exec('ROLLBACK');
      blocker.close();
    }
  });

  it('opens read-only alongside a writer, and refuses writes through the read-only handle', () => {
    const path = join(tempDir(), 'shared.casebook');
    const writer = openNotebook(path, { create: true });
    const reader = openNotebook(path, { readonly: true });
    try {
      expect(reader.readonly).toBe(true);
      expect(reader.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
      expect(() => reader.db.prepare(`DELETE FROM cases`).run()).toThrow();
    } finally {
      reader.close();
      writer.close();
    }
  });
});
