import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { actorSchema } from '../../shared/domain/case-document.ts';
import { getActor, insertActor, repointActorReferences, updateActor as storeUpdate } from '../store/actors.ts';
import { positionForInsert } from '../store/case-items.ts';
import { touchCase } from '../store/cases.ts';
import type { NotebookDb } from '../store/database.ts';
import { newId, nowTimestamp } from '../store/ids.ts';
import { reorderItems, trashItem } from './case-items.ts';
import { definedEntries } from './defined.ts';
import { conflict, invalid, labelOf, notFound } from './errors.ts';
import { requireLiveCase, requireLiveItem } from './guards.ts';

export function createActor(db: NotebookDb, request: ParsedRequestOf<'actors.create'>): ResponseOf<'actors.create'> {
  requireLiveCase(db, request.caseId);
  const actor = actorSchema.parse({ ...definedEntries(request.fields), id: newId() });
  insertActor(db, request.caseId, positionForInsert(db, 'actor', request.caseId, undefined), actor);
  touchCase(db, request.caseId, nowTimestamp());
  return actor;
}

export function updateActor(db: NotebookDb, request: ParsedRequestOf<'actors.update'>): ResponseOf<'actors.update'> {
  const { caseId } = requireLiveItem(db, 'actor', request.id);
  const current = getActor(db, request.id);
  if (!current) throw notFound('actor', request.id);
  const updated = { ...current.actor, ...definedEntries(request.patch), id: current.actor.id };
  storeUpdate(db, updated);
  touchCase(db, caseId, nowTimestamp());
  return updated;
}

export function reorderActors(
  db: NotebookDb,
  request: ParsedRequestOf<'actors.reorder'>,
): ResponseOf<'actors.reorder'> {
  return reorderItems(db, 'actor', request);
}

export function deleteActor(db: NotebookDb, request: ParsedRequestOf<'actors.delete'>): ResponseOf<'actors.delete'> {
  const current = getActor(db, request.id);
  return trashItem(db, 'actor', request.id, labelOf(current?.actor.name ?? '', 'Actor'));
}

/**
 * Merges duplicate actors into the kept one: every issue row, event and quote (trashed ones included)
 * that named a merged actor names the kept actor, and the merged actors go to the trash. Restoring a
 * merged actor from the trash brings the actor back but does NOT point the items back at it: after the
 * merge nothing records which items named which duplicate.
 */
export function mergeActors(db: NotebookDb, request: ParsedRequestOf<'actors.merge'>): ResponseOf<'actors.merge'> {
  const { caseId } = requireLiveItem(db, 'actor', request.keepId);
  const kept = getActor(db, request.keepId);
  if (!kept) throw notFound('actor', request.keepId);
  const mergeIds = [...new Set(request.mergeIds)];
  if (mergeIds.includes(request.keepId)) throw invalid('mergeIds', 'must not include keepId, the actor kept');
  for (const id of mergeIds) {
    const location = requireLiveItem(db, 'actor', id);
    if (location.caseId !== caseId)
      throw conflict(`mergeIds: actor ${id} belongs to another case than actor ${request.keepId}.`);
  }
  repointActorReferences(db, mergeIds, request.keepId);
  const trashIds = mergeIds.map((id) => deleteActor(db, { id }).trashId);
  return { actor: kept.actor, trashIds };
}
