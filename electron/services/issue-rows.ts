import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { issueRowSchema, type IssueRow } from '../../shared/domain/case-document.ts';
import { positionForInsert } from '../store/case-items.ts';
import { touchCase } from '../store/cases.ts';
import { citationsOf } from '../store/citations.ts';
import type { NotebookDb } from '../store/database.ts';
import { newId, nowTimestamp } from '../store/ids.ts';
import { getIssueRow, insertIssueRow, updateIssueRow as storeUpdate } from '../store/issue-rows.ts';
import { checkAfterId, reorderItems, trashItem } from './case-items.ts';
import { checkStrategies } from './codes.ts';
import { definedEntries } from './defined.ts';
import { labelOf, notFound } from './errors.ts';
import { checkActorOfCase, requireLiveCase, requireLiveItem } from './guards.ts';

export function createIssueRow(
  db: NotebookDb,
  request: ParsedRequestOf<'issueRows.create'>,
): ResponseOf<'issueRows.create'> {
  requireLiveCase(db, request.caseId);
  checkAfterId(db, 'issueRow', request.caseId, request.afterId);
  checkActorOfCase(db, request.caseId, request.fields.actorId, 'fields.actorId');
  checkStrategies(db, request.fields, 'fields');
  const row: IssueRow = issueRowSchema.parse({ ...definedEntries(request.fields), id: newId() });
  const { citations: _none, ...fields } = row;
  insertIssueRow(db, request.caseId, positionForInsert(db, 'issueRow', request.caseId, request.afterId), fields);
  touchCase(db, request.caseId, nowTimestamp());
  return row;
}

export function updateIssueRow(
  db: NotebookDb,
  request: ParsedRequestOf<'issueRows.update'>,
): ResponseOf<'issueRows.update'> {
  const { caseId } = requireLiveItem(db, 'issueRow', request.id);
  const current = getIssueRow(db, request.id);
  if (!current) throw notFound('issueRow', request.id);
  const patch = definedEntries(request.patch);
  checkActorOfCase(db, caseId, patch.actorId, 'patch.actorId');
  checkStrategies(db, patch, 'patch', current.row);
  const updated = { ...current.row, ...patch, id: current.row.id };
  storeUpdate(db, updated);
  touchCase(db, caseId, nowTimestamp());
  return { ...updated, citations: citationsOf(db, 'issueRow', request.id) };
}

export function reorderIssueRows(
  db: NotebookDb,
  request: ParsedRequestOf<'issueRows.reorder'>,
): ResponseOf<'issueRows.reorder'> {
  return reorderItems(db, 'issueRow', request);
}

export function deleteIssueRow(
  db: NotebookDb,
  request: ParsedRequestOf<'issueRows.delete'>,
): ResponseOf<'issueRows.delete'> {
  const current = getIssueRow(db, request.id);
  return trashItem(db, 'issueRow', request.id, labelOf(current?.row.issue ?? '', 'Issue row'));
}
