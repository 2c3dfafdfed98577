import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { purgeItem, setItemDeleted } from '../store/case-items.ts';
import { getCase, purgeCase, setCaseDeleted, touchCase } from '../store/cases.ts';
import { deleteVersionsOfCase } from '../store/case-versions.ts';
import type { NotebookDb } from '../store/database.ts';
import { nowTimestamp } from '../store/ids.ts';
import { purgeSource, setSourceDeleted } from '../store/sources.ts';
import { deleteTrashEntry, getTrashEntry, listTrash as listTrashEntries } from '../store/trash.ts';
import { conflict, notFound } from './errors.ts';

export function listTrash(db: NotebookDb, request: ParsedRequestOf<'trash.list'>): ResponseOf<'trash.list'> {
  return { entries: listTrashEntries(db, request.limit) };
}

/** Puts a trashed case, item or source back where it was. An item of a trashed case waits for its case. */
export function restoreFromTrash(
  db: NotebookDb,
  request: ParsedRequestOf<'trash.restore'>,
): ResponseOf<'trash.restore'> {
  const entry = getTrashEntry(db, request.id);
  if (!entry) throw notFound('trash', request.id);
  if (entry.kind === 'case') {
    setCaseDeleted(db, entry.itemId, null);
  } else if (entry.kind === 'source') {
    setSourceDeleted(db, entry.itemId, null);
  } else {
    const caseId = entry.caseId ?? '';
    const owner = getCase(db, caseId);
    if (owner?.deletedAt) throw conflict(`The case "${owner.fields.title}" is in the trash; restore the case first.`);
    setItemDeleted(db, entry.kind, entry.itemId, null);
    touchCase(db, caseId, nowTimestamp());
  }
  deleteTrashEntry(db, entry.id);
  return { kind: entry.kind, itemId: entry.itemId, caseId: entry.caseId };
}

/** Deletes a trashed case, item or source for good, with everything that belongs to it. */
export function purgeFromTrash(db: NotebookDb, request: ParsedRequestOf<'trash.purge'>): ResponseOf<'trash.purge'> {
  const entry = getTrashEntry(db, request.id);
  if (!entry) throw notFound('trash', request.id);
  if (entry.kind === 'case') {
    purgeCase(db, entry.itemId);
    // A case deleted for good takes its history with it: nothing of it stays in the notebook.
    deleteVersionsOfCase(db, entry.itemId);
  }
  else if (entry.kind === 'source') purgeSource(db, entry.itemId);
  else purgeItem(db, entry.kind, entry.itemId);
  deleteTrashEntry(db, entry.id);
  return { purged: true };
}
