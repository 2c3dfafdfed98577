import type { Citation } from '../../shared/domain/case-document.ts';
import type { NotebookDb } from './database.ts';

/** The kinds of item a citation row can belong to, and the column naming each. */
export const CITING_COLUMNS = {
  issueRow: 'issue_row_id',
  event: 'event_id',
  quote: 'quote_id',
  fact: 'fact_id',
} as const;
export type CitingKind = keyof typeof CITING_COLUMNS;

const ITEM_TABLES = { issueRow: 'issue_rows', event: 'events', quote: 'quotes', fact: 'facts' } as const;

/** The citations of one item, in the order they were added; citations of trashed sources are left out. */
export function citationsOf(db: NotebookDb, kind: CitingKind, itemId: string): Citation[] {
  const column = CITING_COLUMNS[kind];
  return db
    .prepare(
      `SELECT c.source_id AS sourceId, c.locator FROM citations c JOIN sources s ON s.id = c.source_id
       WHERE c.${column} = ? AND s.deleted_at IS NULL ORDER BY c.position, c.id`,
    )
    .all(itemId) as Citation[];
}

/** The citations of every item of one kind in a case, by item id. */
export function citationsOfCase(db: NotebookDb, kind: CitingKind, caseId: string): Map<string, Citation[]> {
  const column = CITING_COLUMNS[kind];
  const rows = db
    .prepare(
      `SELECT c.${column} AS itemId, c.source_id AS sourceId, c.locator FROM citations c
       JOIN ${ITEM_TABLES[kind]} i ON i.id = c.${column}
       JOIN sources s ON s.id = c.source_id
       WHERE i.case_id = ? AND s.deleted_at IS NULL ORDER BY c.position, c.id`,
    )
    .all(caseId) as { itemId: string; sourceId: string; locator: string | null }[];
  const byItem = new Map<string, Citation[]>();
  for (const row of rows) {
    const list = byItem.get(row.itemId) ?? [];
    list.push({ sourceId: row.sourceId, locator: row.locator });
    byItem.set(row.itemId, list);
  }
  return byItem;
}

/** Adds a citation, or changes the locator when the item already cites that source. */
export function putCitation(db: NotebookDb, kind: CitingKind, itemId: string, citation: Citation): void {
  const column = CITING_COLUMNS[kind];
  const existing = db
    .prepare(`SELECT id FROM citations WHERE ${column} = ? AND source_id = ?`)
    .pluck()
    .get(itemId, citation.sourceId) as number | undefined;
  if (existing !== undefined) {
    db.prepare('UPDATE citations SET locator = ? WHERE id = ?').run(citation.locator, existing);
    return;
  }
  const next = db
    .prepare(`SELECT coalesce(max(position) + 1, 0) FROM citations WHERE ${column} = ?`)
    .pluck()
    .get(itemId) as number;
  db.prepare(`INSERT INTO citations (source_id, ${column}, locator, position) VALUES (?, ?, ?, ?)`).run(
    citation.sourceId,
    itemId,
    citation.locator,
    next,
  );
}

export function removeCitation(db: NotebookDb, kind: CitingKind, itemId: string, sourceId: string): boolean {
  const column = CITING_COLUMNS[kind];
  return db.prepare(`DELETE FROM citations WHERE ${column} = ? AND source_id = ?`).run(itemId, sourceId).changes > 0;
}

export interface CitingPlace {
  readonly kind: CitingKind | 'narrative';
  readonly itemId: string;
  readonly caseId: string;
}

/** Everywhere a source is cited in live items of live cases, the narratives included. */
export function placesCitingSource(db: NotebookDb, sourceId: string): CitingPlace[] {
  const parts = (Object.keys(CITING_COLUMNS) as CitingKind[]).map(
    (kind) =>
      `SELECT '${kind}' AS kind, i.id AS itemId, i.case_id AS caseId FROM citations c
       JOIN ${ITEM_TABLES[kind]} i ON i.id = c.${CITING_COLUMNS[kind]}
       JOIN cases k ON k.id = i.case_id
       WHERE c.source_id = :sourceId AND i.deleted_at IS NULL AND k.deleted_at IS NULL`,
  );
  parts.push(
    `SELECT DISTINCT 'narrative', n.case_id, n.case_id FROM narrative_citations n JOIN cases k ON k.id = n.case_id
     WHERE n.source_id = :sourceId AND k.deleted_at IS NULL`,
  );
  return db.prepare(parts.join(' UNION ALL ')).all({ sourceId }) as CitingPlace[];
}
