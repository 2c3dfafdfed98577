import type { NotebookDb } from './database.ts';
import { RAW_ELLIPSIS, RAW_MARK_END, RAW_MARK_START, readableSnippet } from './search-text.ts';

/** Which item an index row is. */
export interface SearchRow {
  readonly rowid: number;
  /** The indexed kind: a search hit kind, or 'snapshot' for a source's captured text. */
  readonly kind: string;
  readonly itemId: string;
  readonly caseId: string | null;
}

export interface ScoredRow extends SearchRow {
  /** bm25 with titles weighted up; lower is better. */
  readonly score: number;
}

export const SNIPPET_MARK_START = '«';
export const SNIPPET_MARK_END = '»';
const SNIPPET_TOKENS = 16;

const ROW_COLUMNS = `rowid, kind, item_id AS itemId, case_id AS caseId`;
// better-sqlite3 binds a JavaScript number as a REAL, and FTS5 then ignores a rowid constraint on it
// (every row comes back): rowid parameters are cast to INTEGER.
// bm25 counts every match of every phrase of the query first: only affordable when each phrase is rare.
const BM25 = `bm25(search_index, 0, 0, 0, 4.0, 1.0) AS score`;

const compile = (db: NotebookDb, sql: string) => db.prepare<unknown[]>(sql);
type Statement = ReturnType<typeof compile>;
const statements = new WeakMap<NotebookDb, Map<string, Statement>>();

/** Search runs a handful of statements many times per keystroke: each is compiled once per connection. */
function prepared(db: NotebookDb, sql: string): Statement {
  let cache = statements.get(db);
  if (cache === undefined) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (statement === undefined) {
    statement = compile(db, sql);
    cache.set(sql, statement);
  }
  return statement;
}

/** How many rows match an FTS5 expression, counting no further than `cap`. */
export function countMatches(db: NotebookDb, match: string, cap: number): number {
  return prepared(db, `SELECT count(*) FROM (SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT ?)`)
    .pluck()
    .get(match, cap) as number;
}

/** Every match of an expression with its bm25 score; call only when countMatches showed they are few. */
export function scoredMatches(db: NotebookDb, match: string, limit: number): ScoredRow[] {
  return prepared(db, `SELECT ${ROW_COLUMNS}, ${BM25} FROM search_index WHERE search_index MATCH ? LIMIT ?`).all(
    match,
    limit,
  ) as ScoredRow[];
}

/**
 * FTS5 evaluates the whole expression again for each value of a `rowid IN (...)` list (about 0.2 ms per
 * rowid for a common word): only a handful of rowids are looked up that way.
 */
export const MAX_SEEKED_ROWIDS = 64;

/** The matches among a few index rows (see MAX_SEEKED_ROWIDS), rowids only, newest first. */
export function matchRowidsAmong(db: NotebookDb, match: string, rowids: readonly number[]): number[] {
  if (rowids.length === 0) return [];
  return prepared(
    db,
    `SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid IN (SELECT value FROM json_each(?))
       ORDER BY rowid DESC LIMIT 100000`,
  )
    .pluck()
    .all(match, JSON.stringify(rowids)) as number[];
}

/**
 * Up to `want` matching rowids from `from` up to below `below`, newest first, that `accept` keeps.
 * Reads rowids only (FTS5's posting lists, no stored column), and stops as soon as it has enough.
 */
export function acceptedMatchRowids(
  db: NotebookDb,
  match: string,
  range: { readonly from: number; readonly below: number },
  accept: (rowid: number) => boolean,
  want: number,
): number[] {
  const found: number[] = [];
  const rowids = prepared(
    db,
    `SELECT rowid FROM search_index WHERE search_index MATCH ?
       AND rowid >= CAST(? AS INTEGER) AND rowid < CAST(? AS INTEGER) ORDER BY rowid DESC`,
  )
    .pluck()
    .iterate(match, range.from, range.below) as IterableIterator<number>;
  for (const rowid of rowids) {
    if (!accept(rowid)) continue;
    found.push(rowid);
    if (found.length >= want) break;
  }
  return found;
}

const CASE_ITEM_TABLES: readonly (readonly [string, string])[] = [
  ['issue_rows', 'issueRow'],
  ['events', 'event'],
  ['quotes', 'quote'],
  ['facts', 'fact'],
  ['lessons', 'lesson'],
];

/** Which index rows a filter allows: null for "any" on that side. */
export interface KeyScope {
  /** Cases whose items may be found; null for all. */
  readonly caseIds: readonly string[] | null;
  /** Sources that may be found; null for all. */
  readonly sourceIds: readonly string[] | null;
  /** Indexed kinds that may be found; null for all. */
  readonly kinds: readonly string[] | null;
}

/**
 * The index rows a filter allows, read through search_keys and each table's case_id index. Cases or
 * sources that are not live may be included; the caller checks each row it reads.
 */
export function scopeSearchKeys(db: NotebookDb, scope: KeyScope): number[] {
  const wanted = (kind: string) => scope.kinds === null || scope.kinds.includes(kind);
  const parts: string[] = [];
  const caseKinds = ['case', 'narrative'].filter(wanted);
  if (scope.caseIds === null) {
    const kinds = [...caseKinds, ...CASE_ITEM_TABLES.map(([, kind]) => kind).filter(wanted)];
    if (kinds.length > 0)
      parts.push(`SELECT key FROM search_keys WHERE kind IN (${kinds.map((k) => `'${k}'`).join(', ')})`);
  } else if (scope.caseIds.length > 0) {
    if (caseKinds.length > 0) {
      parts.push(
        `SELECT key FROM search_keys WHERE kind IN (${caseKinds.map((k) => `'${k}'`).join(', ')})
         AND item_id IN (SELECT value FROM json_each(:cases))`,
      );
    }
    for (const [table, kind] of CASE_ITEM_TABLES.filter(([, kind]) => wanted(kind))) {
      parts.push(
        `SELECT k.key FROM ${table} t JOIN search_keys k ON k.kind = '${kind}' AND k.item_id = t.id
         WHERE t.case_id IN (SELECT value FROM json_each(:cases))`,
      );
    }
  }
  const sourceKinds = ['source', 'snapshot'].filter(wanted);
  if (sourceKinds.length > 0 && (scope.sourceIds === null || scope.sourceIds.length > 0)) {
    parts.push(
      `SELECT key FROM search_keys WHERE kind IN (${sourceKinds.map((k) => `'${k}'`).join(', ')})` +
        (scope.sourceIds === null ? '' : ` AND item_id IN (SELECT value FROM json_each(:sources))`),
    );
  }
  if (parts.length === 0) return [];
  const sql = `${parts.join(' UNION ALL ')} LIMIT 10000000`;
  const params: Record<string, string> = {};
  if (sql.includes(':cases')) params.cases = JSON.stringify(scope.caseIds);
  if (sql.includes(':sources')) params.sources = JSON.stringify(scope.sourceIds);
  return prepared(db, sql).pluck().all(params) as number[];
}

/** Which item each index row is. */
export function searchRows(db: NotebookDb, rowids: readonly number[]): SearchRow[] {
  if (rowids.length === 0) return [];
  return prepared(db, `SELECT ${ROW_COLUMNS} FROM search_index WHERE rowid IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(rowids),
  ) as SearchRow[];
}

/** The rows between two rowids where the expression matches in the title column. */
export function titleMatchRowids(db: NotebookDb, match: string, from: number, to: number): number[] {
  return prepared(
    db,
    `SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER) LIMIT 100000`,
  )
    .pluck()
    .all(`{title} : (${match})`, from, to) as number[];
}

/** The text around the match in one index row, readable, with « » around what matched. */
export function searchSnippet(db: NotebookDb, match: string, rowid: number): string {
  const raw = prepared(
    db,
    `SELECT snippet(search_index, -1, ?, ?, ?, ${SNIPPET_TOKENS}) FROM search_index WHERE search_index MATCH ? AND rowid = CAST(? AS INTEGER)`,
  )
    .pluck()
    .get(RAW_MARK_START, RAW_MARK_END, RAW_ELLIPSIS, match, rowid) as string | undefined;
  return raw === undefined ? '' : readableSnippet(raw, SNIPPET_MARK_START, SNIPPET_MARK_END);
}

/** The index rows of some cases: each case, its narrative and its live items. */
export function caseSearchRowids(db: NotebookDb, caseIds: readonly string[]): number[] {
  const items = (table: string, kind: string) =>
    `SELECT k.key FROM ${table} t JOIN search_keys k ON k.kind = '${kind}' AND k.item_id = t.id
     WHERE t.case_id IN (SELECT value FROM json_each(:ids))`;
  return prepared(
    db,
    `SELECT key FROM search_keys WHERE kind IN ('case', 'narrative') AND item_id IN (SELECT value FROM json_each(:ids))
       UNION ALL ${items('issue_rows', 'issueRow')}
       UNION ALL ${items('events', 'event')}
       UNION ALL ${items('quotes', 'quote')}
       UNION ALL ${items('facts', 'fact')}
       UNION ALL ${items('lessons', 'lesson')}
       LIMIT 1000000`,
  )
    .pluck()
    .all({ ids: JSON.stringify(caseIds) }) as number[];
}

/** The index rows of one source: its details and its snapshot text. */
export function sourceSearchRowids(db: NotebookDb, sourceId: string): number[] {
  return prepared(db, `SELECT key FROM search_keys WHERE kind IN ('source', 'snapshot') AND item_id = ? LIMIT 2`)
    .pluck()
    .all(sourceId) as number[];
}

export interface SearchHitLabel {
  readonly kind: string;
  readonly id: string;
  /** A short label of the item (title, or the start of its text). */
  readonly label: string;
}

const LABEL_SQL: Readonly<Record<string, string>> = {
  case: `SELECT id, title AS label FROM cases WHERE id IN (SELECT value FROM json_each(?))`,
  narrative: `SELECT case_id AS id, 'Narrative' AS label FROM narratives WHERE case_id IN (SELECT value FROM json_each(?))`,
  issueRow: `SELECT id, CASE WHEN issue <> '' THEN issue WHEN response <> '' THEN response ELSE impact END AS label
             FROM issue_rows WHERE id IN (SELECT value FROM json_each(?))`,
  event: `SELECT id, title AS label FROM events WHERE id IN (SELECT value FROM json_each(?))`,
  quote: `SELECT id, text AS label FROM quotes WHERE id IN (SELECT value FROM json_each(?))`,
  fact: `SELECT id, statement AS label FROM facts WHERE id IN (SELECT value FROM json_each(?))`,
  lesson: `SELECT id, text AS label FROM lessons WHERE id IN (SELECT value FROM json_each(?))`,
  source: `SELECT id, title AS label FROM sources WHERE id IN (SELECT value FROM json_each(?))`,
};

/** Labels of one page of hits, read by primary key. Keys: `${kind}:${id}`. */
export function searchHitLabels(db: NotebookDb, items: readonly { kind: string; id: string }[]): Map<string, string> {
  const labels = new Map<string, string>();
  const byKind = new Map<string, string[]>();
  for (const item of items) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item.id]);
  for (const [kind, ids] of byKind) {
    const sql = LABEL_SQL[kind];
    if (!sql) continue;
    for (const row of prepared(db, sql).all(JSON.stringify(ids)) as { id: string; label: string }[]) {
      labels.set(`${kind}:${row.id}`, row.label);
    }
  }
  return labels;
}

/** Titles of cases by id. */
export function caseTitles(db: NotebookDb, caseIds: readonly string[]): Map<string, string> {
  if (caseIds.length === 0) return new Map();
  const rows = prepared(db, `SELECT id, title FROM cases WHERE id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(caseIds),
  ) as { id: string; title: string }[];
  return new Map(rows.map((row) => [row.id, row.title]));
}

/** FTS5's own consistency check of the index against its content; throws when they disagree. */
export function checkSearchIndex(db: NotebookDb): void {
  prepared(db, `INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)`).run();
}
