import type { VersionReason } from '../../shared/domain/version-history.ts';
import type { NotebookDb } from './database.ts';

export interface StoredVersionRow {
  readonly id: string;
  readonly caseId: string;
  readonly createdAt: string;
  readonly reason: VersionReason;
  readonly title: string;
  /** JSON text: counts and per-section hashes. */
  readonly summary: string;
  readonly contentHash: string;
  readonly byteLength: number;
}

export interface NewVersion extends StoredVersionRow {
  readonly document: Buffer;
}

const COLUMNS = `id, case_id AS caseId, created_at AS createdAt, reason, title, summary, content_hash AS contentHash,
  byte_length AS byteLength`;

export function insertVersion(db: NotebookDb, version: NewVersion): void {
  db.prepare(
    `INSERT INTO case_versions (id, case_id, created_at, reason, title, summary, content_hash, document, byte_length)
     VALUES (@id, @caseId, @createdAt, @reason, @title, @summary, @contentHash, @document, @byteLength)`,
  ).run(version);
}

/** A case's versions, newest first. */
export function versionsOfCase(db: NotebookDb, caseId: string, limit: number): StoredVersionRow[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM case_versions WHERE case_id = ? ORDER BY created_at DESC, id DESC LIMIT ?`)
    .all(caseId, limit) as StoredVersionRow[];
}

export function latestVersionOfCase(db: NotebookDb, caseId: string): StoredVersionRow | undefined {
  return versionsOfCase(db, caseId, 1)[0];
}

export function getVersion(db: NotebookDb, id: string): StoredVersionRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM case_versions WHERE id = ?`).get(id) as StoredVersionRow | undefined;
}

export function versionDocument(db: NotebookDb, id: string): Buffer | undefined {
  return db.prepare('SELECT document FROM case_versions WHERE id = ?').pluck().get(id) as Buffer | undefined;
}

/** The version just older than the given one in its case, for "what changed". */
export function previousVersion(db: NotebookDb, version: StoredVersionRow): StoredVersionRow | undefined {
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM case_versions WHERE case_id = ? AND (created_at < ? OR (created_at = ? AND id < ?))
       ORDER BY created_at DESC, id DESC LIMIT 1`,
    )
    .get(version.caseId, version.createdAt, version.createdAt, version.id) as StoredVersionRow | undefined;
}

export interface VersionSizeRow {
  readonly id: string;
  readonly caseId: string;
  readonly createdAt: string;
  readonly byteLength: number;
}

/** Every version's size and time (no documents), for thinning across the notebook. */
export function allVersionSizes(db: NotebookDb): VersionSizeRow[] {
  return db
    .prepare('SELECT id, case_id AS caseId, created_at AS createdAt, byte_length AS byteLength FROM case_versions')
    .all() as VersionSizeRow[];
}

export function versionBytesTotal(db: NotebookDb): { count: number; bytes: number } {
  return db.prepare('SELECT count(*) AS count, coalesce(sum(byte_length), 0) AS bytes FROM case_versions').get() as {
    count: number;
    bytes: number;
  };
}

export function deleteVersions(db: NotebookDb, ids: readonly string[]): void {
  const remove = db.prepare('DELETE FROM case_versions WHERE id = ?');
  for (const id of ids) remove.run(id);
}

export function deleteVersionsOfCase(db: NotebookDb, caseId: string): void {
  db.prepare('DELETE FROM case_versions WHERE case_id = ?').run(caseId);
}
