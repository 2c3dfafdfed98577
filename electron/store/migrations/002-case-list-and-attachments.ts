import type { NotebookDb } from '../database.ts';
import { startedSortKey, titleSortKey } from '../case-sort-keys.ts';

/**
 * Schema v2: sort keys and indexes for the case list's three orders (updated, started, title), and
 * attachments (images of a narrative stored in the notebook). Frozen once released.
 */
const SCHEMA = `
ALTER TABLE cases ADD COLUMN started_sort TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN title_sort TEXT NOT NULL DEFAULT '';
CREATE INDEX cases_by_started ON cases (started_sort DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX cases_by_title ON cases (title_sort, id) WHERE deleted_at IS NULL;

CREATE TABLE attachments (
  id TEXT PRIMARY KEY NOT NULL,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
  bytes BLOB NOT NULL,
  byte_length INTEGER NOT NULL CHECK (byte_length = length(bytes)),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX attachments_by_case ON attachments (case_id);
`;

export function up(db: NotebookDb): void {
  db.exec(SCHEMA);
  const cases = db.prepare('SELECT id, title, started_on FROM cases').all() as {
    id: string;
    title: string;
    started_on: string | null;
  }[];
  const setKeys = db.prepare('UPDATE cases SET started_sort = ?, title_sort = ? WHERE id = ?');
  for (const row of cases) setKeys.run(startedSortKey(row.started_on), titleSortKey(row.title), row.id);
}
