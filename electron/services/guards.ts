import { getActor } from '../store/actors.ts';
import { findItemLocation, type CaseItemKind, type ItemLocation } from '../store/case-items.ts';
import { getCase, type StoredCase } from '../store/cases.ts';
import type { NotebookDb } from '../store/database.ts';
import { conflict, invalid, notFound } from './errors.ts';

/** The case, which must exist and not be in the trash. */
export function requireLiveCase(db: NotebookDb, caseId: string): StoredCase {
  const found = getCase(db, caseId);
  if (!found || found.deletedAt !== null) throw notFound('case', caseId);
  return found;
}

/** Where a live item lives; the item and its case must both be out of the trash. */
export function requireLiveItem(db: NotebookDb, kind: CaseItemKind, id: string): ItemLocation {
  const location = findItemLocation(db, kind, id);
  if (!location || location.deletedAt !== null) throw notFound(kind, id);
  requireLiveCase(db, location.caseId);
  return location;
}

/** An actor reference must name a live actor of the same case: items never point into another case. */
export function checkActorOfCase(
  db: NotebookDb,
  caseId: string,
  actorId: string | null | undefined,
  field: string,
): void {
  if (actorId === null || actorId === undefined) return;
  const actor = getActor(db, actorId);
  if (!actor || actor.deletedAt !== null) throw invalid(field, `there is no actor with id ${actorId}`);
  if (actor.caseId !== caseId) throw conflict(`${field}: actor ${actorId} belongs to another case.`);
}
