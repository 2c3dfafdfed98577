import type { ParsedRequestOf, ResponseOf } from '../../../shared/contract/procedures.ts';
import { getCase } from '../../store/cases.ts';
import { getVersion, previousVersion, versionBytesTotal, versionsOfCase } from '../../store/case-versions.ts';
import { inReadTransaction, inWriteTransaction, type NotebookDb } from '../../store/database.ts';
import { putNotebookSetting } from '../../store/notebook-settings.ts';
import { importBundle } from '../bundle-import.ts';
import { readCaseDocument } from '../case-document.ts';
import { notFound } from '../errors.ts';
import { HISTORY_BUDGET_KEY, historyBudgetBytes } from './history-budget.ts';
import { recordVersion } from './record-version.ts';
import { thinVersions } from './thin-versions.ts';
import { unpackVersion, versionRow } from './version-rows.ts';

function usage(db: NotebookDb): ResponseOf<'versions.list'>['usage'] {
  const { count, bytes } = versionBytesTotal(db);
  return { versions: count, bytes, budgetBytes: historyBudgetBytes(db) };
}

function liveCase(db: NotebookDb, caseId: string): void {
  const found = getCase(db, caseId);
  if (!found || found.deletedAt !== null) throw notFound('case', caseId);
}

export function listVersions(db: NotebookDb, request: ParsedRequestOf<'versions.list'>): ResponseOf<'versions.list'> {
  return inReadTransaction(db, () => {
    liveCase(db, request.caseId);
    // One more than asked, so the last row listed can still say what changed since the one before it.
    const rows = versionsOfCase(db, request.caseId, request.limit + 1);
    const versions = rows.slice(0, request.limit).map((row, index) => versionRow(row, rows[index + 1]));
    return { versions, hasMore: rows.length > request.limit, usage: usage(db) };
  });
}

export function getVersionDetail(db: NotebookDb, request: ParsedRequestOf<'versions.get'>): ResponseOf<'versions.get'> {
  return inReadTransaction(db, () => {
    const row = getVersion(db, request.id);
    if (!row) throw notFound('version', request.id);
    const previous = previousVersion(db, row);
    const current = getCase(db, row.caseId);
    return {
      version: versionRow(row, previous),
      document: unpackVersion(db, row.id),
      previousNarrativeText: previous === undefined ? null : unpackVersion(db, previous.id).narrative.text,
      currentNarrativeText:
        current && current.deletedAt === null ? readCaseDocument(db, row.caseId).narrative.text : null,
    };
  });
}

export function recordVersionRequest(
  db: NotebookDb,
  request: ParsedRequestOf<'versions.record'>,
): ResponseOf<'versions.record'> {
  liveCase(db, request.caseId);
  return recordVersion(db, request.caseId, request.reason);
}

/**
 * Makes a version the case's current state, in one transaction: the current state is kept as a version first
 * (so a restore can itself be undone from History), then the case is replaced by the version's content.
 */
export function restoreVersion(
  db: NotebookDb,
  request: ParsedRequestOf<'versions.restore'>,
): ResponseOf<'versions.restore'> {
  return inWriteTransaction(db, () => {
    const row = getVersion(db, request.id);
    if (!row) throw notFound('version', request.id);
    liveCase(db, row.caseId);
    const document = unpackVersion(db, row.id);
    const kept = recordVersion(db, row.caseId, 'before-restore');
    importBundle(db, document, { replace: true });
    return { caseId: row.caseId, keptVersionId: kept.versionId };
  });
}

export function setHistoryBudget(
  db: NotebookDb,
  request: ParsedRequestOf<'versions.setBudget'>,
): ResponseOf<'versions.setBudget'> {
  return inWriteTransaction(db, () => {
    putNotebookSetting(db, HISTORY_BUDGET_KEY, request.budgetBytes);
    const removed = thinVersions(db, new Date());
    return { usage: usage(db), removed };
  });
}
