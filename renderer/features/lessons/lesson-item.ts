import type { Lesson } from '../../../shared/domain/case-document.ts';
import type { ItemKind } from '../case-items/item-kind.ts';
import { itemWrites } from '../case-items/item-writes.ts';

export type LessonValues = { text: string };

export const LESSON_ITEM: ItemKind<Lesson, LessonValues> = {
  noun: 'lesson',
  blank: { text: '' },
  valuesOf: (lesson) => ({ text: lesson.text }),
  check: (_field, values) =>
    values.text.trim() === '' ? { ok: false, message: 'A lesson needs its text.' } : { ok: true, value: values.text },
  missing: (values) => (values.text.trim() === '' ? 'Not saved yet: write the lesson.' : null),
  ...itemWrites('lessons'),
};
