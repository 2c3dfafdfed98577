import type { NotebookDb } from './database.ts';
import { getSource, type StoredSource } from './sources.ts';

/** The PDF or image a source was made from, kept in the notebook (never in a bundle). */
export interface StoredSourceFile {
  readonly sourceId: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly bytes: Buffer;
  readonly sha256: string;
  readonly altText: string | null;
  readonly createdAt: string;
}

interface SourceFileRow {
  source_id: string;
  file_name: string;
  media_type: string;
  bytes: Buffer;
  sha256: string;
  alt_text: string | null;
  created_at: string;
}

/** Stores a source's file, replacing the one it had. */
export function putSourceFile(db: NotebookDb, file: StoredSourceFile): void {
  db.prepare(
    `INSERT INTO source_files (source_id, file_name, media_type, bytes, byte_length, sha256, alt_text, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (source_id) DO UPDATE SET file_name = excluded.file_name, media_type = excluded.media_type,
       bytes = excluded.bytes, byte_length = excluded.byte_length, sha256 = excluded.sha256,
       alt_text = excluded.alt_text, created_at = excluded.created_at`,
  ).run(
    file.sourceId,
    file.fileName,
    file.mediaType,
    file.bytes,
    file.bytes.byteLength,
    file.sha256,
    file.altText,
    file.createdAt,
  );
}

export function getSourceFile(db: NotebookDb, sourceId: string): StoredSourceFile | undefined {
  const row = db.prepare('SELECT * FROM source_files WHERE source_id = ?').get(sourceId) as SourceFileRow | undefined;
  return (
    row && {
      sourceId: row.source_id,
      fileName: row.file_name,
      mediaType: row.media_type,
      bytes: row.bytes,
      sha256: row.sha256,
      altText: row.alt_text,
      createdAt: row.created_at,
    }
  );
}

/** Whether a source has a stored file (its evidence when it has no page snapshot of its own). */
export function hasSourceFile(db: NotebookDb, sourceId: string): boolean {
  return db.prepare('SELECT 1 FROM source_files WHERE source_id = ?').get(sourceId) !== undefined;
}

/** The source (live or in the trash) that already holds a file with these bytes. */
export function findSourceBySha256(db: NotebookDb, sha256: string): StoredSource | undefined {
  const sourceId = db.prepare('SELECT source_id FROM source_files WHERE sha256 = ? LIMIT 1').pluck().get(sha256) as
    string | undefined;
  return sourceId === undefined ? undefined : getSource(db, sourceId);
}
