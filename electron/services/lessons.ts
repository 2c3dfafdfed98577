import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { lessonSchema } from '../../shared/domain/case-document.ts';
import { positionForInsert } from '../store/case-items.ts';
import { touchCase } from '../store/cases.ts';
import type { NotebookDb } from '../store/database.ts';
import { newId, nowTimestamp } from '../store/ids.ts';
import { getLesson, insertLesson, updateLesson as storeUpdate } from '../store/lessons.ts';
import { checkAfterId, reorderItems, trashItem } from './case-items.ts';
import { definedEntries } from './defined.ts';
import { labelOf, notFound } from './errors.ts';
import { requireLiveCase, requireLiveItem } from './guards.ts';

export function createLesson(db: NotebookDb, request: ParsedRequestOf<'lessons.create'>): ResponseOf<'lessons.create'> {
  requireLiveCase(db, request.caseId);
  checkAfterId(db, 'lesson', request.caseId, request.afterId);
  const lesson = lessonSchema.parse({ ...definedEntries(request.fields), id: newId() });
  insertLesson(db, request.caseId, positionForInsert(db, 'lesson', request.caseId, request.afterId), lesson);
  touchCase(db, request.caseId, nowTimestamp());
  return lesson;
}

export function updateLesson(db: NotebookDb, request: ParsedRequestOf<'lessons.update'>): ResponseOf<'lessons.update'> {
  const { caseId } = requireLiveItem(db, 'lesson', request.id);
  const current = getLesson(db, request.id);
  if (!current) throw notFound('lesson', request.id);
  const updated = { ...current.lesson, ...definedEntries(request.patch), id: current.lesson.id };
  storeUpdate(db, updated);
  touchCase(db, caseId, nowTimestamp());
  return updated;
}

export function reorderLessons(
  db: NotebookDb,
  request: ParsedRequestOf<'lessons.reorder'>,
): ResponseOf<'lessons.reorder'> {
  return reorderItems(db, 'lesson', request);
}

export function deleteLesson(db: NotebookDb, request: ParsedRequestOf<'lessons.delete'>): ResponseOf<'lessons.delete'> {
  const current = getLesson(db, request.id);
  return trashItem(db, 'lesson', request.id, labelOf(current?.lesson.text ?? '', 'Lesson'));
}
