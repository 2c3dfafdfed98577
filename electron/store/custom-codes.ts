import type { CustomCode } from '../../shared/domain/case-document.ts';
import type { Posture } from '../../shared/domain/codebook.ts';
import type { NotebookDb } from './database.ts';

export type CodeKind = CustomCode['kind'];

/** A notebook's own code as stored: what a bundle carries, plus when it was retired. */
export interface StoredCustomCode {
  readonly kind: CodeKind;
  readonly id: string;
  readonly label: string;
  readonly definition: string;
  readonly posture: Posture | null;
  readonly example: string;
  readonly retiredAt: string | null;
}

const COLUMNS = 'kind, id, label, definition, posture, example, retired_at AS retiredAt';

export function getCustomCode(db: NotebookDb, kind: CodeKind, id: string): CustomCode | undefined {
  return db.prepare('SELECT id, kind, label, definition FROM custom_codes WHERE kind = ? AND id = ?').get(kind, id) as
    CustomCode | undefined;
}

export function getStoredCustomCode(db: NotebookDb, kind: CodeKind, id: string): StoredCustomCode | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM custom_codes WHERE kind = ? AND id = ?`).get(kind, id) as
    StoredCustomCode | undefined;
}

/** Every custom code of the notebook, by kind then id (a codebook holds at most a few hundred). */
export function listCustomCodes(db: NotebookDb): StoredCustomCode[] {
  return db.prepare(`SELECT ${COLUMNS} FROM custom_codes ORDER BY kind, id LIMIT 10000`).all() as StoredCustomCode[];
}

export function insertCustomCode(
  db: NotebookDb,
  code: CustomCode & { posture?: Posture | null; example?: string; retiredAt?: string | null },
): void {
  db.prepare(
    'INSERT INTO custom_codes (kind, id, label, definition, posture, example, retired_at, retired) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    code.kind,
    code.id,
    code.label,
    code.definition,
    code.posture ?? null,
    code.example ?? '',
    code.retiredAt ?? null,
    code.retiredAt ? 1 : 0,
  );
}

export function updateCustomCode(
  db: NotebookDb,
  code: Pick<StoredCustomCode, 'kind' | 'id' | 'label' | 'definition' | 'posture' | 'example'>,
): void {
  db.prepare(
    'UPDATE custom_codes SET label = ?, definition = ?, posture = ?, example = ? WHERE kind = ? AND id = ?',
  ).run(code.label, code.definition, code.posture, code.example, code.kind, code.id);
}

/** Retires (at a timestamp) or restores (null) a custom code; the legacy `retired` flag follows. */
export function setCustomCodeRetired(db: NotebookDb, kind: CodeKind, id: string, retiredAt: string | null): void {
  db.prepare('UPDATE custom_codes SET retired_at = ?, retired = ? WHERE kind = ? AND id = ?').run(
    retiredAt,
    retiredAt ? 1 : 0,
    kind,
    id,
  );
}

/** The posture of every custom SCCT strategy that has one, for the analysis of postures used. */
export function listCustomStrategyPostures(db: NotebookDb): Map<string, Posture> {
  const rows = db
    .prepare(
      "SELECT id, posture FROM custom_codes WHERE kind = 'scct-strategy' AND posture IS NOT NULL ORDER BY id LIMIT 10000",
    )
    .all() as { id: string; posture: Posture }[];
  return new Map(rows.map((row) => [row.id, row.posture]));
}

/** How many live items use each code: "kind id" → count (cases for crisis types; rows, events, quotes for strategies). */
export function codeUseCounts(db: NotebookDb): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT 'crisis-type' AS kind, crisis_type AS id, count(*) AS n FROM cases
         WHERE crisis_type IS NOT NULL AND deleted_at IS NULL GROUP BY crisis_type
       UNION ALL SELECT 'scct-strategy', strategy, count(*) FROM issue_rows
         WHERE strategy IS NOT NULL AND deleted_at IS NULL GROUP BY strategy
       UNION ALL SELECT 'scct-strategy', strategy, count(*) FROM events
         WHERE strategy IS NOT NULL AND deleted_at IS NULL GROUP BY strategy
       UNION ALL SELECT 'scct-strategy', strategy, count(*) FROM quotes
         WHERE strategy IS NOT NULL AND deleted_at IS NULL GROUP BY strategy
       UNION ALL SELECT 'benoit-strategy', benoit, count(*) FROM issue_rows
         WHERE benoit IS NOT NULL AND deleted_at IS NULL GROUP BY benoit
       UNION ALL SELECT 'benoit-strategy', benoit, count(*) FROM events
         WHERE benoit IS NOT NULL AND deleted_at IS NULL GROUP BY benoit
       UNION ALL SELECT 'benoit-strategy', benoit, count(*) FROM quotes
         WHERE benoit IS NOT NULL AND deleted_at IS NULL GROUP BY benoit`,
    )
    .all() as { kind: string; id: string; n: number }[];
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(`${row.kind} ${row.id}`, (counts.get(`${row.kind} ${row.id}`) ?? 0) + row.n);
  return counts;
}
