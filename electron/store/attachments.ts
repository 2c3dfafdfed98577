import type { NotebookDb } from './database.ts';

export interface StoredAttachment {
  readonly id: string;
  readonly caseId: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly bytes: Buffer;
  readonly sha256: string;
  readonly createdAt: string;
}

interface AttachmentRow {
  id: string;
  case_id: string;
  file_name: string;
  media_type: string;
  bytes: Buffer;
  sha256: string;
  created_at: string;
}

function attachmentFromRow(row: AttachmentRow): StoredAttachment {
  return {
    id: row.id,
    caseId: row.case_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    bytes: row.bytes,
    sha256: row.sha256,
    createdAt: row.created_at,
  };
}

export function insertAttachment(db: NotebookDb, attachment: StoredAttachment): void {
  db.prepare(
    `INSERT INTO attachments (id, case_id, file_name, media_type, bytes, byte_length, sha256, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    attachment.id,
    attachment.caseId,
    attachment.fileName,
    attachment.mediaType,
    attachment.bytes,
    attachment.bytes.byteLength,
    attachment.sha256,
    attachment.createdAt,
  );
}

export function getAttachment(db: NotebookDb, id: string): StoredAttachment | undefined {
  const row = db.prepare('SELECT * FROM attachments WHERE id = ?').get(id) as AttachmentRow | undefined;
  return row && attachmentFromRow(row);
}

/** Every attachment of a case, oldest first (a case is purged with its attachments). */
export function attachmentsOfCase(db: NotebookDb, caseId: string): StoredAttachment[] {
  const rows = db
    .prepare('SELECT * FROM attachments WHERE case_id = ? ORDER BY created_at, id')
    .all(caseId) as AttachmentRow[];
  return rows.map(attachmentFromRow);
}
