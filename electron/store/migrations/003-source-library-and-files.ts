import type { NotebookDb } from '../database.ts';

/**
 * Schema v3: the source library's orders (newest added, newest and oldest published, undated last) and its
 * publisher facet served by indexes, and source_files: the PDF or image a source was made from, kept in the notebook. A source's
 * file goes with it only when the source is purged (a trashed source keeps it). Frozen once released.
 */
const SCHEMA = `
CREATE INDEX sources_by_added ON sources (created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX sources_by_published ON sources (published_on DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX sources_by_published_oldest ON sources ((published_on IS NULL), published_on, id) WHERE deleted_at IS NULL;
CREATE INDEX sources_by_publisher ON sources (publisher) WHERE deleted_at IS NULL AND publisher IS NOT NULL;

CREATE TABLE source_files (
  source_id TEXT PRIMARY KEY NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL
    CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp')),
  bytes BLOB NOT NULL,
  byte_length INTEGER NOT NULL CHECK (byte_length = length(bytes)),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  alt_text TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX source_files_by_sha256 ON source_files (sha256);
`;

export function up(db: NotebookDb): void {
  db.exec(SCHEMA);
}
