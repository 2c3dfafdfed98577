import { gunzipSync } from 'node:zlib';
import { caseDocumentSchema, type CaseDocument } from '../../../shared/domain/case-document.ts';
import type { VersionSummaryRow } from '../../../shared/contract/version-schemas.ts';
import { VERSION_COUNTED } from '../../../shared/domain/version-history.ts';
import { versionDocument, type StoredVersionRow } from '../../store/case-versions.ts';
import type { NotebookDb } from '../../store/database.ts';
import { notFound } from '../errors.ts';
import { changedSections, type VersionSummary } from './version-summary.ts';

function summaryOf(row: StoredVersionRow): VersionSummary {
  return JSON.parse(row.summary) as VersionSummary;
}

/** A stored version as the History view lists it, with what changed since the version before it. */
export function versionRow(row: StoredVersionRow, previous: StoredVersionRow | undefined): VersionSummaryRow {
  const summary = summaryOf(row);
  const before = previous === undefined ? null : summaryOf(previous);
  const countChanges: Record<string, number> = {};
  if (before !== null) {
    for (const key of VERSION_COUNTED) {
      const delta = summary.counts[key] - before.counts[key];
      if (delta !== 0) countChanges[key] = delta;
    }
  }
  return {
    id: row.id,
    caseId: row.caseId,
    createdAt: row.createdAt,
    reason: row.reason,
    title: row.title,
    counts: summary.counts,
    changedSections: changedSections(before, summary),
    countChanges,
    bytes: row.byteLength,
  };
}

/** The case document a version holds, unpacked and checked against the case format. */
export function unpackVersion(db: NotebookDb, id: string): CaseDocument {
  const packed = versionDocument(db, id);
  if (packed === undefined) throw notFound('version', id);
  return caseDocumentSchema.parse(JSON.parse(gunzipSync(packed).toString('utf8')));
}
