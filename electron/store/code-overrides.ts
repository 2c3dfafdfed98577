import type { CodeKind } from './custom-codes.ts';
import type { NotebookDb } from './database.ts';

/** A notebook's change to a built-in code: a new label or definition, or its retirement. Null keeps the built-in value. */
export interface CodeOverride {
  readonly kind: CodeKind;
  readonly id: string;
  readonly label: string | null;
  readonly definition: string | null;
  readonly retiredAt: string | null;
}

const COLUMNS = 'kind, id, label, definition, retired_at AS retiredAt';

export function getCodeOverride(db: NotebookDb, kind: CodeKind, id: string): CodeOverride | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM code_overrides WHERE kind = ? AND id = ?`).get(kind, id) as
    CodeOverride | undefined;
}

export function listCodeOverrides(db: NotebookDb): CodeOverride[] {
  return db.prepare(`SELECT ${COLUMNS} FROM code_overrides ORDER BY kind, id LIMIT 10000`).all() as CodeOverride[];
}

/** Writes the override; one that changes nothing any more is removed. */
export function putCodeOverride(db: NotebookDb, override: CodeOverride, at: string): void {
  if (override.label === null && override.definition === null && override.retiredAt === null) {
    db.prepare('DELETE FROM code_overrides WHERE kind = ? AND id = ?').run(override.kind, override.id);
    return;
  }
  db.prepare(
    `INSERT INTO code_overrides (kind, id, label, definition, retired_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (kind, id) DO UPDATE SET label = excluded.label, definition = excluded.definition,
       retired_at = excluded.retired_at, updated_at = excluded.updated_at`,
  ).run(override.kind, override.id, override.label, override.definition, override.retiredAt, at);
}
