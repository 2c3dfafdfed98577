import { gzipSync } from 'node:zlib';
import type { VersionReason } from '../../../shared/domain/version-history.ts';
import { insertVersion, latestVersionOfCase } from '../../store/case-versions.ts';
import { inWriteTransaction, type NotebookDb } from '../../store/database.ts';
import { newId } from '../../store/ids.ts';
import { readCaseDocument } from '../case-document.ts';
import { contentHashOf, summarizeVersion } from './version-summary.ts';
import { thinVersions } from './thin-versions.ts';

export interface RecordedVersion {
  /** False when the case has not changed since its latest version: that version already holds this state. */
  readonly recorded: boolean;
  readonly versionId: string | null;
}

/**
 * Keeps the case's current state as a version (inside the caller's transaction when there is one), unless it
 * equals the newest version already kept; then thins the notebook's history to its policy and budget.
 */
export function recordVersion(
  db: NotebookDb,
  caseId: string,
  reason: VersionReason,
  now: Date = new Date(),
): RecordedVersion {
  return inWriteTransaction(db, () => {
    const document = readCaseDocument(db, caseId);
    const contentHash = contentHashOf(document);
    const latest = latestVersionOfCase(db, document.case.id);
    if (latest?.contentHash === contentHash) return { recorded: false, versionId: latest.id };
    const packed = gzipSync(JSON.stringify(document));
    const id = newId(now.getTime());
    insertVersion(db, {
      id,
      caseId: document.case.id,
      createdAt: now.toISOString(),
      reason,
      title: document.case.title,
      summary: JSON.stringify(summarizeVersion(document)),
      contentHash,
      document: packed,
      byteLength: packed.byteLength,
    });
    thinVersions(db, now);
    return { recorded: true, versionId: id };
  });
}
