import type { NotebookDb } from '../database.ts';

/**
 * Schema v6: case_versions keeps restorable versions of each case (a gzip-compressed casebook.case/v1
 * document, with counts and per-section hashes so the History view can say what changed without unpacking
 * it), and notebook_settings holds per-notebook preferences such as the history size budget. A version
 * outlives a replace of its case (no cascade): restoring a version replaces the case, and its history must
 * stay. Frozen once released.
 */
const SCHEMA = `
CREATE TABLE case_versions (
  id TEXT PRIMARY KEY NOT NULL,
  case_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  reason TEXT NOT NULL
    CHECK (reason IN ('pause', 'switch', 'import', 'bulk', 'before-restore', 'manual')),
  title TEXT NOT NULL,
  summary TEXT NOT NULL CHECK (json_valid(summary)),
  content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
  document BLOB NOT NULL,
  byte_length INTEGER NOT NULL CHECK (byte_length = length(document))
) STRICT;
CREATE INDEX case_versions_by_case ON case_versions (case_id, created_at DESC, id DESC);

CREATE TABLE notebook_settings (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;
`;

export function up(db: NotebookDb): void {
  db.exec(SCHEMA);
}
