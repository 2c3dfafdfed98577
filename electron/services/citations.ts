import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { touchCase } from '../store/cases.ts';
import { putCitation, removeCitation as storeRemove } from '../store/citations.ts';
import type { NotebookDb } from '../store/database.ts';
import { nowTimestamp } from '../store/ids.ts';
import { requireLiveItem } from './guards.ts';
import { requireLiveSource } from './sources.ts';

/** Cites a source from an issue row, event, quote or fact; citing it again changes the locator. */
export function addCitation(db: NotebookDb, request: ParsedRequestOf<'citations.add'>): ResponseOf<'citations.add'> {
  const { caseId } = requireLiveItem(db, request.target.kind, request.target.id);
  requireLiveSource(db, request.citation.sourceId);
  putCitation(db, request.target.kind, request.target.id, request.citation);
  touchCase(db, caseId, nowTimestamp());
  return request.citation;
}

export function removeCitation(
  db: NotebookDb,
  request: ParsedRequestOf<'citations.remove'>,
): ResponseOf<'citations.remove'> {
  const { caseId } = requireLiveItem(db, request.target.kind, request.target.id);
  const removed = storeRemove(db, request.target.kind, request.target.id, request.sourceId);
  if (removed) touchCase(db, caseId, nowTimestamp());
  return { removed };
}
