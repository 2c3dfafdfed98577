import type { SourceSort } from '../../shared/contract/procedures.ts';
import { CITING_COLUMNS, type CitingKind } from './citations.ts';
import type { NotebookDb } from './database.ts';
import { sourceFromRow, type SourceFields, type SourceRow } from './sources.ts';

/** What the source library can be narrowed to; every field is optional but sort, limit and offset. */
export interface SourceLibraryFilter {
  readonly text?: string | undefined;
  readonly kind?: string | undefined;
  /** The exact publisher spellings to accept (the service finds them case-insensitively). */
  readonly publishers?: readonly string[] | undefined;
  /** A language tag; matches itself and its more specific tags ("zh" matches "zh-CN"). */
  readonly language?: string | undefined;
  readonly reliability?: string | undefined;
  readonly credibility?: number | undefined;
  readonly hasSnapshot?: boolean | undefined;
  readonly notCited?: boolean | undefined;
  readonly sort: SourceSort;
  readonly limit: number;
  readonly offset: number;
}

export interface SourceLibraryRow {
  readonly source: SourceFields;
  readonly snapshotCapturedAt: string | null;
  readonly citedCount: number;
  readonly file: { readonly mediaType: string; readonly fileName: string; readonly byteLength: number } | null;
}

const ITEM_TABLES: Record<CitingKind, string> = {
  issueRow: 'issue_rows',
  event: 'events',
  quote: 'quotes',
  fact: 'facts',
};
const CITING_KINDS = Object.keys(CITING_COLUMNS) as CitingKind[];

/** One subquery per kind of citing item: the live citations of source `s` by live items of live cases. */
function liveCitationQueries(select: string): string[] {
  const items = CITING_KINDS.map(
    (kind) =>
      `(SELECT ${select} FROM citations c JOIN ${ITEM_TABLES[kind]} i ON i.id = c.${CITING_COLUMNS[kind]}
        JOIN cases k ON k.id = i.case_id
        WHERE c.source_id = s.id AND i.deleted_at IS NULL AND k.deleted_at IS NULL)`,
  );
  const narrative = `(SELECT ${select} FROM narrative_citations n JOIN cases k ON k.id = n.case_id
    WHERE n.source_id = s.id AND k.deleted_at IS NULL)`;
  return [...items, narrative];
}

const CITED_COUNT = liveCitationQueries('count(*)').join(' + ');
// Every source cited by something live, computed once per query (SQLite materializes the IN list).
const CITED_SOURCES = [
  ...CITING_KINDS.map(
    (kind) =>
      `SELECT c.source_id FROM citations c JOIN ${ITEM_TABLES[kind]} i ON i.id = c.${CITING_COLUMNS[kind]}
       JOIN cases k ON k.id = i.case_id WHERE i.deleted_at IS NULL AND k.deleted_at IS NULL`,
  ),
  `SELECT n.source_id FROM narrative_citations n JOIN cases k ON k.id = n.case_id WHERE k.deleted_at IS NULL`,
].join(' UNION ');

// Each order is served by an index of migration 001 or 003 (sources_by_title, _by_added, _by_published…).
const ORDERS: Record<SourceSort, string> = {
  added: 's.created_at DESC, s.id DESC',
  published: 's.published_on DESC, s.id DESC',
  'published-oldest': '(s.published_on IS NULL), s.published_on, s.id',
  title: 's.title COLLATE NOCASE, s.id',
};

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filterClause(filter: SourceLibraryFilter): { where: string[]; parameters: Record<string, string | number> } {
  const where: string[] = [];
  const parameters: Record<string, string | number> = {};
  if (filter.text) {
    where.push(
      `(s.title LIKE :text ESCAPE '\\' OR s.publisher LIKE :text ESCAPE '\\' OR s.authors LIKE :text ESCAPE '\\'
        OR s.url LIKE :text ESCAPE '\\')`,
    );
    parameters.text = `%${escapeLike(filter.text)}%`;
  }
  if (filter.kind !== undefined) {
    where.push('s.kind = :kind');
    parameters.kind = filter.kind;
  }
  if (filter.publishers !== undefined) {
    const names = filter.publishers.map((name, index) => {
      parameters[`publisher${index}`] = name;
      return `:publisher${index}`;
    });
    where.push(names.length > 0 ? `s.publisher IN (${names.join(', ')})` : '0');
  }
  if (filter.language !== undefined) {
    where.push(`(lower(s.language) = :language OR lower(s.language) LIKE :languagePrefix ESCAPE '\\')`);
    parameters.language = filter.language.toLowerCase();
    parameters.languagePrefix = `${escapeLike(filter.language.toLowerCase())}-%`;
  }
  if (filter.reliability !== undefined) {
    where.push('s.reliability = :reliability');
    parameters.reliability = filter.reliability;
  }
  if (filter.credibility !== undefined) {
    where.push('s.credibility = :credibility');
    parameters.credibility = filter.credibility;
  }
  if (filter.hasSnapshot !== undefined) {
    where.push(`s.id ${filter.hasSnapshot ? '' : 'NOT '}IN (SELECT source_id FROM snapshots)`);
  }
  if (filter.notCited === true) where.push(`s.id NOT IN (${CITED_SOURCES})`);
  return { where, parameters };
}

// Without a filter, a page is read in order from its index. With one, the same walk is quick only when
// matches are dense; otherwise scanning the table and sorting the matches is many times faster than an
// index walk that looks up every row ("+" keeps SQLite from choosing that walk).
const INDEXED_LIVE = 's.deleted_at IS NULL';
const SCANNED_LIVE = '+s.deleted_at IS NULL';

interface LibraryRow extends SourceRow {
  snapshot_captured_at: string | null;
  cited_count: number;
  file_media_type: string | null;
  file_name: string | null;
  file_byte_length: number | null;
}

/** One page of the live sources matching the filter, in the filter's order, and how many match in all. */
export function listSourceLibrary(
  db: NotebookDb,
  filter: SourceLibraryFilter,
): { rows: SourceLibraryRow[]; total: number } {
  const { where, parameters } = filterClause(filter);
  const filtered = where.length > 0;
  const count = (live: string) =>
    db
      .prepare(`SELECT count(*) FROM sources s WHERE ${[live, ...where].join(' AND ')}`)
      .pluck()
      .get(parameters) as number;
  const total = count(filtered ? SCANNED_LIVE : INDEXED_LIVE);
  const dense = !filtered || (filter.offset + filter.limit) * 4 <= total;
  const sql = [dense ? INDEXED_LIVE : SCANNED_LIVE, ...where].join(' AND ');
  const rows = db
    .prepare(
      `SELECT s.*, sn.captured_at AS snapshot_captured_at, ${CITED_COUNT} AS cited_count,
         f.media_type AS file_media_type, f.file_name AS file_name, f.byte_length AS file_byte_length
       FROM sources s
       LEFT JOIN snapshots sn ON sn.source_id = s.id
       LEFT JOIN source_files f ON f.source_id = s.id
       WHERE ${sql} ORDER BY ${ORDERS[filter.sort]} LIMIT :limit OFFSET :offset`,
    )
    .all({ ...parameters, limit: filter.limit, offset: filter.offset }) as LibraryRow[];
  return {
    total,
    rows: rows.map((row) => ({
      source: sourceFromRow(row),
      snapshotCapturedAt: row.snapshot_captured_at,
      citedCount: row.cited_count,
      file:
        row.file_media_type === null || row.file_name === null || row.file_byte_length === null
          ? null
          : { mediaType: row.file_media_type, fileName: row.file_name, byteLength: row.file_byte_length },
    })),
  };
}

/** Every distinct publisher spelling of the live sources, with how many sources use it. */
export function livePublishers(db: NotebookDb): { readonly name: string; readonly count: number }[] {
  return db
    .prepare(
      `SELECT publisher AS name, count(*) AS count FROM sources INDEXED BY sources_by_publisher
       WHERE deleted_at IS NULL AND publisher IS NOT NULL AND trim(publisher) <> '' GROUP BY publisher`,
    )
    .all() as { name: string; count: number }[];
}

/** Every distinct language tag of the live sources. */
export function liveLanguages(db: NotebookDb): string[] {
  return db
    .prepare(`SELECT DISTINCT language FROM sources WHERE deleted_at IS NULL AND language IS NOT NULL`)
    .pluck()
    .all() as string[];
}

export interface SourceUseRow {
  readonly kind: CitingKind | 'narrative';
  readonly itemId: string | null;
  readonly caseId: string;
  readonly caseTitle: string;
  /** The item's own words (issue, title, quote, statement); null for the narrative. */
  readonly text: string | null;
  readonly locator: string | null;
  /** For the narrative: the citation node's place among the narrative's citations. */
  readonly position: number | null;
}

const USE_TEXT: Record<CitingKind, string> = {
  issueRow: 'i.issue',
  event: 'i.title',
  quote: 'i.text',
  fact: 'i.statement',
};
const USE_ORDER: Record<CitingKind, string> = {
  issueRow: `printf('%012d', i.position)`,
  event: `i.on_date || ' ' || i.id`,
  quote: `printf('%012d', i.position)`,
  fact: `printf('%012d', i.position)`,
};

/** Every live use of a source in live cases, by case title, then kind (rows, events, quotes, facts, narrative). */
export function sourceUseRows(db: NotebookDb, sourceId: string): SourceUseRow[] {
  const parts = CITING_KINDS.map(
    (kind, rank) =>
      `SELECT '${kind}' AS kind, i.id AS itemId, k.id AS caseId, k.title AS caseTitle, k.title_sort AS caseSort,
         ${USE_TEXT[kind]} AS text, c.locator AS locator, NULL AS position, ${rank} AS kindRank, ${USE_ORDER[kind]} AS itemSort
       FROM citations c JOIN ${ITEM_TABLES[kind]} i ON i.id = c.${CITING_COLUMNS[kind]} JOIN cases k ON k.id = i.case_id
       WHERE c.source_id = :sourceId AND i.deleted_at IS NULL AND k.deleted_at IS NULL`,
  );
  parts.push(
    `SELECT 'narrative', NULL, k.id, k.title, k.title_sort, NULL, n.locator, n.position, ${CITING_KINDS.length},
       printf('%012d', n.position)
     FROM narrative_citations n JOIN cases k ON k.id = n.case_id
     WHERE n.source_id = :sourceId AND k.deleted_at IS NULL`,
  );
  return db
    .prepare(
      `SELECT kind, itemId, caseId, caseTitle, text, locator, position FROM (${parts.join(' UNION ALL ')})
       ORDER BY caseSort, caseId, kindRank, itemSort`,
    )
    .all({ sourceId }) as SourceUseRow[];
}
