import { createHash } from 'node:crypto';
import type { NotebookDb } from '../../electron/store/database.ts';

/** A hash of every row of every table of a notebook: equal hashes mean nothing was written. */
export function notebookHash(db: NotebookDb): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(`\u0000${table}\u0000`);
    for (const row of db
      .prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`)
      .raw()
      .iterate()) {
      hash.update(
        JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value)),
      );
    }
  }
  return hash.digest('hex');
}
