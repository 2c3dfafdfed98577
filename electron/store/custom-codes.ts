import type { CustomCode } from '../../shared/domain/case-document.ts';
import type { NotebookDb } from './database.ts';

export type CodeKind = CustomCode['kind'];

export function getCustomCode(db: NotebookDb, kind: CodeKind, id: string): CustomCode | undefined {
  return db.prepare('SELECT id, kind, label, definition FROM custom_codes WHERE kind = ? AND id = ?').get(kind, id) as
    CustomCode | undefined;
}

export function insertCustomCode(db: NotebookDb, code: CustomCode): void {
  db.prepare('INSERT INTO custom_codes (kind, id, label, definition) VALUES (?, ?, ?, ?)').run(
    code.kind,
    code.id,
    code.label,
    code.definition,
  );
}
