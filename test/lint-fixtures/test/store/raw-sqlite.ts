import Database from 'better-sqlite3';
import { expect, it } from 'vitest';

it('refuses a notebook from a newer version', async () => {
  const db = new Database(':memory:');
  db.pragma('user_version = 99');
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  expect(row.user_version).toBe(99);
  await Promise.resolve();
});
