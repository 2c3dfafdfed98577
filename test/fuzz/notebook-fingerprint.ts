/* eslint-disable casebook/no-sql-outside-store -- "never a partial write" is checked below the contract on
   purpose: every table of the file, whatever migration added it, hashed row by row before and after a call. */
import { createHash } from 'node:crypto';
import type { NotebookDb } from '../../electron/store/database.ts';

/**
 * A hash of every row of every table in the notebook (full-text shadow tables included), so a refused call
 * can be shown to have changed nothing at all.
 */
export function notebookFingerprint(db: NotebookDb): string {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    const rows = db
      .prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`)
      .raw()
      .all()
      .map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value)))
      .sort();
    hash.update(`${table}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}
