import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { factSchema } from '../../shared/domain/case-document.ts';
import { positionForInsert } from '../store/case-items.ts';
import { touchCase } from '../store/cases.ts';
import { citationsOf } from '../store/citations.ts';
import type { NotebookDb } from '../store/database.ts';
import { getFact, insertFact, updateFact as storeUpdate } from '../store/facts.ts';
import { newId, nowTimestamp } from '../store/ids.ts';
import { reorderItems, trashItem } from './case-items.ts';
import { definedEntries } from './defined.ts';
import { labelOf, notFound } from './errors.ts';
import { requireLiveCase, requireLiveItem } from './guards.ts';

export function createFact(db: NotebookDb, request: ParsedRequestOf<'facts.create'>): ResponseOf<'facts.create'> {
  requireLiveCase(db, request.caseId);
  const fact = factSchema.parse({ ...definedEntries(request.fields), id: newId() });
  const { citations: _none, ...fields } = fact;
  insertFact(db, request.caseId, positionForInsert(db, 'fact', request.caseId, undefined), fields);
  touchCase(db, request.caseId, nowTimestamp());
  return fact;
}

export function updateFact(db: NotebookDb, request: ParsedRequestOf<'facts.update'>): ResponseOf<'facts.update'> {
  const { caseId } = requireLiveItem(db, 'fact', request.id);
  const current = getFact(db, request.id);
  if (!current) throw notFound('fact', request.id);
  const updated = { ...current.fact, ...definedEntries(request.patch), id: current.fact.id };
  storeUpdate(db, updated);
  touchCase(db, caseId, nowTimestamp());
  return { ...updated, citations: citationsOf(db, 'fact', request.id) };
}

export function reorderFacts(db: NotebookDb, request: ParsedRequestOf<'facts.reorder'>): ResponseOf<'facts.reorder'> {
  return reorderItems(db, 'fact', request);
}

export function deleteFact(db: NotebookDb, request: ParsedRequestOf<'facts.delete'>): ResponseOf<'facts.delete'> {
  const current = getFact(db, request.id);
  return trashItem(db, 'fact', request.id, labelOf(current?.fact.statement ?? '', 'Fact'));
}
