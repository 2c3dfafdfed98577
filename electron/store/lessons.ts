import type { Lesson } from '../../shared/domain/case-document.ts';
import type { NotebookDb } from './database.ts';

export interface StoredLesson {
  readonly lesson: Lesson;
  readonly caseId: string;
  readonly deletedAt: string | null;
}

export function insertLesson(db: NotebookDb, caseId: string, position: number, lesson: Lesson): void {
  db.prepare('INSERT INTO lessons (id, case_id, position, text) VALUES (?, ?, ?, ?)').run(
    lesson.id,
    caseId,
    position,
    lesson.text,
  );
}

export function updateLesson(db: NotebookDb, lesson: Lesson): void {
  db.prepare('UPDATE lessons SET text = ? WHERE id = ?').run(lesson.text, lesson.id);
}

export function getLesson(db: NotebookDb, id: string): StoredLesson | undefined {
  const row = db.prepare('SELECT id, case_id, text, deleted_at FROM lessons WHERE id = ?').get(id) as
    { id: string; case_id: string; text: string; deleted_at: string | null } | undefined;
  return row && { lesson: { id: row.id, text: row.text }, caseId: row.case_id, deletedAt: row.deleted_at };
}

export function liveLessonsOfCase(db: NotebookDb, caseId: string): Lesson[] {
  return db
    .prepare('SELECT id, text FROM lessons WHERE case_id = ? AND deleted_at IS NULL ORDER BY position, id')
    .all(caseId) as Lesson[];
}
