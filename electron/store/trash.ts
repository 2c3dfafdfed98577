import type { TrashEntry } from '../../shared/contract/procedures.ts';
import type { NotebookDb } from './database.ts';

export type TrashKind = TrashEntry['kind'];

interface TrashRow {
  id: string;
  kind: string;
  item_id: string;
  case_id: string | null;
  label: string;
  deleted_at: string;
}

function entryFromRow(row: TrashRow): TrashEntry {
  return {
    id: row.id,
    kind: row.kind as TrashKind,
    itemId: row.item_id,
    caseId: row.case_id,
    label: row.label,
    deletedAt: row.deleted_at,
  };
}

export function insertTrashEntry(db: NotebookDb, entry: TrashEntry): void {
  db.prepare('INSERT INTO trash (id, kind, item_id, case_id, label, deleted_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    entry.id,
    entry.kind,
    entry.itemId,
    entry.caseId,
    entry.label,
    entry.deletedAt,
  );
}

export function getTrashEntry(db: NotebookDb, id: string): TrashEntry | undefined {
  const row = db.prepare('SELECT * FROM trash WHERE id = ?').get(id) as TrashRow | undefined;
  return row && entryFromRow(row);
}

/** The trash, most recently deleted first. */
export function listTrash(db: NotebookDb, limit: number): TrashEntry[] {
  const rows = db.prepare('SELECT * FROM trash ORDER BY deleted_at DESC, id DESC LIMIT ?').all(limit) as TrashRow[];
  return rows.map(entryFromRow);
}

export function deleteTrashEntry(db: NotebookDb, id: string): void {
  db.prepare('DELETE FROM trash WHERE id = ?').run(id);
}

export function deleteTrashEntryForItem(db: NotebookDb, kind: TrashKind, itemId: string): void {
  db.prepare('DELETE FROM trash WHERE kind = ? AND item_id = ?').run(kind, itemId);
}
