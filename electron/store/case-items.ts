import type { NotebookDb } from './database.ts';

/** The tables holding the parts of one case that are individually created, trashed and restored. */
export const CASE_ITEM_TABLES = {
  actor: 'actors',
  issueRow: 'issue_rows',
  event: 'events',
  quote: 'quotes',
  fact: 'facts',
  lesson: 'lessons',
} as const;
export type CaseItemKind = keyof typeof CASE_ITEM_TABLES;
/** Items kept in a manual order (events follow the calendar instead). */
export type OrderedItemKind = Exclude<CaseItemKind, 'event'>;

export interface ItemLocation {
  readonly caseId: string;
  readonly deletedAt: string | null;
}

export function findItemLocation(db: NotebookDb, kind: CaseItemKind, id: string): ItemLocation | undefined {
  const row = db.prepare(`SELECT case_id, deleted_at FROM ${CASE_ITEM_TABLES[kind]} WHERE id = ?`).get(id) as
    { case_id: string; deleted_at: string | null } | undefined;
  return row && { caseId: row.case_id, deletedAt: row.deleted_at };
}

export function liveItemIdsInOrder(db: NotebookDb, kind: OrderedItemKind, caseId: string): string[] {
  return db
    .prepare(`SELECT id FROM ${CASE_ITEM_TABLES[kind]} WHERE case_id = ? AND deleted_at IS NULL ORDER BY position, id`)
    .pluck()
    .all(caseId) as string[];
}

/** Gives the items the positions 0, 1, 2 … in the order of ids. */
export function setItemPositions(db: NotebookDb, kind: OrderedItemKind, ids: readonly string[]): void {
  const update = db.prepare(`UPDATE ${CASE_ITEM_TABLES[kind]} SET position = ? WHERE id = ?`);
  ids.forEach((id, position) => update.run(position, id));
}

/**
 * The position for a new item: at the end (afterId undefined), at the top (null) or right after the
 * item afterId (which the caller has checked is a live item of the case). Makes room by shifting.
 */
export function positionForInsert(
  db: NotebookDb,
  kind: OrderedItemKind,
  caseId: string,
  afterId: string | null | undefined,
): number {
  const table = CASE_ITEM_TABLES[kind];
  if (afterId === undefined) {
    const max = db.prepare(`SELECT max(position) FROM ${table} WHERE case_id = ?`).pluck().get(caseId) as number | null;
    return max === null ? 0 : max + 1;
  }
  let position = 0;
  if (afterId !== null) {
    const after = db.prepare(`SELECT position FROM ${table} WHERE id = ?`).pluck().get(afterId) as number;
    position = after + 1;
  }
  db.prepare(`UPDATE ${table} SET position = position + 1 WHERE case_id = ? AND position >= ?`).run(caseId, position);
  return position;
}

export function setItemDeleted(db: NotebookDb, kind: CaseItemKind, id: string, deletedAt: string | null): void {
  db.prepare(`UPDATE ${CASE_ITEM_TABLES[kind]} SET deleted_at = ? WHERE id = ?`).run(deletedAt, id);
}

/** Deletes an item for good; its citations go with it, references from other items become null. */
export function purgeItem(db: NotebookDb, kind: CaseItemKind, id: string): void {
  db.prepare(`DELETE FROM ${CASE_ITEM_TABLES[kind]} WHERE id = ?`).run(id);
}
