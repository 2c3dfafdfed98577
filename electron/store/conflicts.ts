import type { Conflict } from '../../shared/domain/case-document.ts';
import type { NotebookDb } from './database.ts';

export function conflictsOfCase(db: NotebookDb, caseId: string): Conflict[] {
  return db.prepare('SELECT a, b, note FROM conflicts WHERE case_id = ? ORDER BY position').all(caseId) as Conflict[];
}

/** The recorded conflict between two items, in whichever order it was recorded. */
export function findConflict(db: NotebookDb, caseId: string, a: string, b: string): Conflict | undefined {
  return db
    .prepare('SELECT a, b, note FROM conflicts WHERE case_id = ? AND ((a = ? AND b = ?) OR (a = ? AND b = ?))')
    .get(caseId, a, b, b, a) as Conflict | undefined;
}

export function insertConflict(db: NotebookDb, caseId: string, conflict: Conflict): void {
  const next = db
    .prepare('SELECT coalesce(max(position) + 1, 0) FROM conflicts WHERE case_id = ?')
    .pluck()
    .get(caseId) as number;
  db.prepare('INSERT INTO conflicts (case_id, a, b, note, position) VALUES (?, ?, ?, ?, ?)').run(
    caseId,
    conflict.a,
    conflict.b,
    conflict.note,
    next,
  );
}

export function updateConflictNote(db: NotebookDb, caseId: string, conflict: Conflict): void {
  db.prepare('UPDATE conflicts SET note = ? WHERE case_id = ? AND a = ? AND b = ?').run(
    conflict.note,
    caseId,
    conflict.a,
    conflict.b,
  );
}

export function deleteConflict(db: NotebookDb, caseId: string, a: string, b: string): boolean {
  return (
    db
      .prepare('DELETE FROM conflicts WHERE case_id = ? AND ((a = ? AND b = ?) OR (a = ? AND b = ?))')
      .run(caseId, a, b, b, a).changes > 0
  );
}

/** Every recorded conflict of live cases: item ids with the case they belong to. */
export function conflictingItemIds(
  db: NotebookDb,
  caseId?: string,
): { caseId: string; a: string; b: string; note: string | null }[] {
  return db
    .prepare(
      `SELECT f.case_id AS caseId, f.a, f.b, f.note FROM conflicts f JOIN cases c ON c.id = f.case_id
       WHERE c.deleted_at IS NULL AND (:caseId IS NULL OR f.case_id = :caseId) ORDER BY f.case_id, f.position`,
    )
    .all({ caseId: caseId ?? null }) as { caseId: string; a: string; b: string; note: string | null }[];
}
