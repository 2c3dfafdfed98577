import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { quoteSchema } from '../../shared/domain/case-document.ts';
import { positionForInsert } from '../store/case-items.ts';
import { touchCase } from '../store/cases.ts';
import { citationsOf } from '../store/citations.ts';
import type { NotebookDb } from '../store/database.ts';
import { newId, nowTimestamp } from '../store/ids.ts';
import { getQuote, insertQuote, updateQuote as storeUpdate } from '../store/quotes.ts';
import { reorderItems, trashItem } from './case-items.ts';
import { checkStrategies } from './codes.ts';
import { definedEntries } from './defined.ts';
import { labelOf, notFound } from './errors.ts';
import { checkActorOfCase, requireLiveCase, requireLiveItem } from './guards.ts';

export function createQuote(db: NotebookDb, request: ParsedRequestOf<'quotes.create'>): ResponseOf<'quotes.create'> {
  requireLiveCase(db, request.caseId);
  checkActorOfCase(db, request.caseId, request.fields.actorId, 'fields.actorId');
  checkStrategies(db, request.fields, 'fields');
  const quote = quoteSchema.parse({ ...definedEntries(request.fields), id: newId() });
  const { citations: _none, ...fields } = quote;
  insertQuote(db, request.caseId, positionForInsert(db, 'quote', request.caseId, undefined), fields);
  touchCase(db, request.caseId, nowTimestamp());
  return quote;
}

export function updateQuote(db: NotebookDb, request: ParsedRequestOf<'quotes.update'>): ResponseOf<'quotes.update'> {
  const { caseId } = requireLiveItem(db, 'quote', request.id);
  const current = getQuote(db, request.id);
  if (!current) throw notFound('quote', request.id);
  const patch = definedEntries(request.patch);
  checkActorOfCase(db, caseId, patch.actorId, 'patch.actorId');
  checkStrategies(db, patch, 'patch', current.quote);
  const updated = { ...current.quote, ...patch, id: current.quote.id };
  storeUpdate(db, updated);
  touchCase(db, caseId, nowTimestamp());
  return { ...updated, citations: citationsOf(db, 'quote', request.id) };
}

export function reorderQuotes(
  db: NotebookDb,
  request: ParsedRequestOf<'quotes.reorder'>,
): ResponseOf<'quotes.reorder'> {
  return reorderItems(db, 'quote', request);
}

export function deleteQuote(db: NotebookDb, request: ParsedRequestOf<'quotes.delete'>): ResponseOf<'quotes.delete'> {
  const current = getQuote(db, request.id);
  return trashItem(db, 'quote', request.id, labelOf(current?.quote.text ?? '', 'Quote'));
}
