import type { NotebookDb } from './database.ts';

/** Case and source sets behind the search filters; each query reads an index or at most the case table. */

const MAX_IDS = 1_000_000;

const ids = (db: NotebookDb, sql: string, ...params: unknown[]): string[] =>
  db
    .prepare(`${sql} LIMIT ${MAX_IDS}`)
    .pluck()
    .all(...params) as string[];

/** Cases in the trash: their items stay indexed but are not found. */
export function trashedCaseIds(db: NotebookDb): string[] {
  return ids(
    db,
    `SELECT t.item_id FROM trash t JOIN cases c ON c.id = t.item_id WHERE t.kind = 'case' AND c.deleted_at IS NOT NULL`,
  );
}

export function liveCaseIdsWithStatus(db: NotebookDb, statuses: readonly string[]): string[] {
  return ids(
    db,
    `SELECT id FROM cases WHERE status IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
    JSON.stringify(statuses),
  );
}

export function liveCaseIdsInCluster(db: NotebookDb, clusters: readonly string[]): string[] {
  return ids(
    db,
    `SELECT id FROM cases WHERE crisis_cluster IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
    JSON.stringify(clusters),
  );
}

/** The tag's own spelling, or null when the notebook has no tag of that name (any case). */
export function tagNamed(db: NotebookDb, name: string): { id: string; name: string } | null {
  return (
    (db.prepare(`SELECT id, name FROM tags WHERE name = ? COLLATE NOCASE`).get(name) as
      { id: string; name: string } | undefined) ?? null
  );
}

export function liveCaseIdsTagged(db: NotebookDb, tagId: string): string[] {
  return ids(
    db,
    `SELECT ct.case_id FROM case_tags ct JOIN cases c ON c.id = ct.case_id WHERE ct.tag_id = ? AND c.deleted_at IS NULL`,
    tagId,
  );
}

/** Cases with a live issue row, event or quote coded with one of the SCCT or Benoit codes. */
export function liveCaseIdsCodedWith(db: NotebookDb, scct: readonly string[], benoit: readonly string[]): string[] {
  const s = JSON.stringify(scct);
  const b = JSON.stringify(benoit);
  return ids(
    db,
    `SELECT case_id FROM issue_rows WHERE strategy IN (SELECT value FROM json_each(:s)) AND deleted_at IS NULL
     UNION SELECT case_id FROM issue_rows WHERE benoit IN (SELECT value FROM json_each(:b)) AND deleted_at IS NULL
     UNION SELECT case_id FROM events WHERE strategy IN (SELECT value FROM json_each(:s)) AND deleted_at IS NULL
     UNION SELECT case_id FROM events WHERE benoit IN (SELECT value FROM json_each(:b)) AND deleted_at IS NULL
     UNION SELECT case_id FROM quotes WHERE strategy IN (SELECT value FROM json_each(:s)) AND deleted_at IS NULL
     UNION SELECT case_id FROM quotes WHERE benoit IN (SELECT value FROM json_each(:b)) AND deleted_at IS NULL`,
    { s, b },
  );
}

/** Cases whose start date (a partial date, "2026-01-06", "2026-01" or "2026") falls in the years. */
export function liveCaseIdsStartedIn(db: NotebookDb, from: number, to: number): string[] {
  return ids(
    db,
    `SELECT id FROM cases WHERE started_on >= ? AND started_on < ? AND deleted_at IS NULL`,
    String(from).padStart(4, '0'),
    String(to + 1).padStart(4, '0'),
  );
}

/** Live sources published in the years. */
export function liveSourceIdsPublishedIn(db: NotebookDb, from: number, to: number): string[] {
  return ids(
    db,
    `SELECT id FROM sources WHERE published_on >= ? AND published_on < ? AND deleted_at IS NULL`,
    String(from).padStart(4, '0'),
    String(to + 1).padStart(4, '0'),
  );
}

export interface CodeName {
  readonly kind: 'scct-strategy' | 'benoit-strategy';
  readonly id: string;
  readonly label: string;
}

/** The notebook's own strategy codes and its new names for built-in ones. */
export function notebookStrategyNames(db: NotebookDb): CodeName[] {
  const custom = db
    .prepare(`SELECT kind, id, label FROM custom_codes WHERE kind IN ('scct-strategy', 'benoit-strategy') LIMIT 10000`)
    .all() as CodeName[];
  const hasOverrides =
    db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'code_overrides'`).get() !== undefined;
  const renamed = hasOverrides
    ? (db
        .prepare(
          `SELECT kind, id, label FROM code_overrides WHERE kind IN ('scct-strategy', 'benoit-strategy') AND label IS NOT NULL LIMIT 10000`,
        )
        .all() as CodeName[])
    : [];
  return [...custom, ...renamed];
}

export interface CaseListing {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
}

/** Live cases, most recently updated first: all of them, or those among the ids. */
export function listCasesForSearch(db: NotebookDb, among: readonly string[] | null, limit: number): CaseListing[] {
  if (among === null) {
    return db
      .prepare(
        `SELECT id, title, summary FROM cases WHERE deleted_at IS NULL ORDER BY updated_sort DESC, id DESC LIMIT ?`,
      )
      .all(limit) as CaseListing[];
  }
  return db
    .prepare(
      `SELECT id, title, summary FROM cases WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL
       ORDER BY updated_sort DESC, id DESC LIMIT ?`,
    )
    .all(JSON.stringify(among), limit) as CaseListing[];
}
