import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { findItemLocation, type CaseItemKind } from '../store/case-items.ts';
import { touchCase } from '../store/cases.ts';
import { deleteConflict, findConflict, insertConflict, updateConflictNote } from '../store/conflicts.ts';
import type { NotebookDb } from '../store/database.ts';
import { nowTimestamp } from '../store/ids.ts';
import { conflict, invalid } from './errors.ts';
import { requireLiveCase } from './guards.ts';

const CLAIM_KINDS: readonly CaseItemKind[] = ['issueRow', 'event', 'quote', 'fact'];

function checkClaimOfCase(db: NotebookDb, caseId: string, id: string, field: string): void {
  for (const kind of CLAIM_KINDS) {
    const location = findItemLocation(db, kind, id);
    if (!location) continue;
    if (location.caseId !== caseId) throw conflict(`${field}: ${id} belongs to another case.`);
    if (location.deletedAt !== null) throw invalid(field, `${id} is in the trash`);
    return;
  }
  throw invalid(field, `there is no issue row, event, quote or fact with id ${id}`);
}

/** Records that two claims of a case contradict each other; recording the pair again updates its note. */
export function addConflict(db: NotebookDb, request: ParsedRequestOf<'conflicts.add'>): ResponseOf<'conflicts.add'> {
  requireLiveCase(db, request.caseId);
  const { a, b, note } = request.conflict;
  if (a === b) throw invalid('conflict.b', 'must be a different claim from conflict.a');
  checkClaimOfCase(db, request.caseId, a, 'conflict.a');
  checkClaimOfCase(db, request.caseId, b, 'conflict.b');
  const existing = findConflict(db, request.caseId, a, b);
  const recorded = existing ? { ...existing, note } : { a, b, note };
  if (existing) updateConflictNote(db, request.caseId, recorded);
  else insertConflict(db, request.caseId, recorded);
  touchCase(db, request.caseId, nowTimestamp());
  return recorded;
}

export function removeConflict(
  db: NotebookDb,
  request: ParsedRequestOf<'conflicts.remove'>,
): ResponseOf<'conflicts.remove'> {
  requireLiveCase(db, request.caseId);
  const removed = deleteConflict(db, request.caseId, request.a, request.b);
  if (removed) touchCase(db, request.caseId, nowTimestamp());
  return { removed };
}
