import type { NotebookDb } from './database.ts';

/** Per-notebook preferences (JSON values by key); they travel with the notebook file. */
export function getNotebookSetting(db: NotebookDb, key: string): unknown {
  const value = db.prepare('SELECT value FROM notebook_settings WHERE key = ?').pluck().get(key) as string | undefined;
  return value === undefined ? undefined : (JSON.parse(value) as unknown);
}

export function putNotebookSetting(db: NotebookDb, key: string, value: unknown): void {
  db.prepare(
    'INSERT INTO notebook_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}
