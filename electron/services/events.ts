import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { eventSchema } from '../../shared/domain/case-document.ts';
import { touchCase } from '../store/cases.ts';
import { citationsOf } from '../store/citations.ts';
import type { NotebookDb } from '../store/database.ts';
import { getEvent, insertEvent, updateEvent as storeUpdate } from '../store/events.ts';
import { newId, nowTimestamp } from '../store/ids.ts';
import { trashItem } from './case-items.ts';
import { checkStrategies } from './codes.ts';
import { definedEntries } from './defined.ts';
import { labelOf, notFound } from './errors.ts';
import { checkActorOfCase, requireLiveCase, requireLiveItem } from './guards.ts';

export function createEvent(db: NotebookDb, request: ParsedRequestOf<'events.create'>): ResponseOf<'events.create'> {
  requireLiveCase(db, request.caseId);
  checkActorOfCase(db, request.caseId, request.fields.actorId, 'fields.actorId');
  checkStrategies(db, request.fields, 'fields');
  const event = eventSchema.parse({ ...definedEntries(request.fields), id: newId() });
  const { citations: _none, ...fields } = event;
  insertEvent(db, request.caseId, fields);
  touchCase(db, request.caseId, nowTimestamp());
  return event;
}

export function updateEvent(db: NotebookDb, request: ParsedRequestOf<'events.update'>): ResponseOf<'events.update'> {
  const { caseId } = requireLiveItem(db, 'event', request.id);
  const current = getEvent(db, request.id);
  if (!current) throw notFound('event', request.id);
  const patch = definedEntries(request.patch);
  checkActorOfCase(db, caseId, patch.actorId, 'patch.actorId');
  checkStrategies(db, patch, 'patch', current.event);
  const updated = { ...current.event, ...patch, id: current.event.id };
  storeUpdate(db, updated);
  touchCase(db, caseId, nowTimestamp());
  return { ...updated, citations: citationsOf(db, 'event', request.id) };
}

export function deleteEvent(db: NotebookDb, request: ParsedRequestOf<'events.delete'>): ResponseOf<'events.delete'> {
  const current = getEvent(db, request.id);
  return trashItem(db, 'event', request.id, labelOf(current?.event.title ?? '', 'Event'));
}
