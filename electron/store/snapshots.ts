import { gunzipSync } from 'node:zlib';
import type { NotebookDb } from './database.ts';

/**
 * Snapshot SQL beyond storing and reading one for a source (putSnapshot / getSnapshot in sources.ts):
 * what hash checks and the evidence view need.
 */
export interface StoredSnapshotHash {
  readonly sha256: string;
  readonly html: string;
}

export function getSnapshotHashAndHtml(db: NotebookDb, sourceId: string): StoredSnapshotHash | undefined {
  return db.prepare('SELECT sha256, html FROM snapshots WHERE source_id = ?').get(sourceId) as
    StoredSnapshotHash | undefined;
}

/** The page as captured (decompressed), or undefined when no original was kept. */
export function getSnapshotOriginal(db: NotebookDb, sourceId: string): { bytes: Buffer; type: string } | undefined {
  const row = db
    .prepare('SELECT original, original_type FROM snapshots WHERE source_id = ? AND original IS NOT NULL')
    .get(sourceId) as { original: Buffer; original_type: string | null } | undefined;
  return row && { bytes: gunzipSync(row.original), type: row.original_type ?? 'application/octet-stream' };
}

/**
 * Replaces a snapshot's html WITHOUT updating its hash: what damage or tampering looks like, so the
 * hash check can be shown to catch it. Never used by the services.
 */
export function overwriteSnapshotHtmlKeepingHash(db: NotebookDb, sourceId: string, html: string): void {
  db.prepare('UPDATE snapshots SET html = ? WHERE source_id = ?').run(html, sourceId);
}
