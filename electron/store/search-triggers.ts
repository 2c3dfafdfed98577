import type { NotebookDb } from './database.ts';
import { segmentForIndex } from './search-text.ts';

/**
 * Keeps search_index in step with the tables it covers, with CJK text segmented (search-text.ts).
 *
 * The triggers are TEMP triggers, created on every writable connection when the notebook opens: the
 * segmenting function is written in JavaScript, and SQLite refuses application functions in triggers
 * stored in the file while trusted_schema is OFF (better-sqlite3 cannot mark a function innocuous).
 * Triggers of the TEMP schema belong to this connection, not to the file, so a hostile notebook cannot use
 * them and trusted_schema stays OFF.
 */
export const SEARCH_TEXT_FUNCTION = 'casebook_search_text';

interface IndexedTable {
  readonly table: string;
  readonly kind: string;
  /** Columns whose change re-indexes the row. */
  readonly columns: readonly string[];
  readonly id: (row: string) => string;
  readonly caseId: (row: string) => string;
  readonly title: (row: string) => string;
  readonly body: (row: string) => string;
  readonly live: (row: string) => string;
}

const nl = ' || char(10) || ';
const INDEXED_TABLES: readonly IndexedTable[] = [
  {
    table: 'cases',
    kind: 'case',
    columns: ['title', 'summary', 'deleted_at'],
    id: (r) => `${r}.id`,
    caseId: (r) => `${r}.id`,
    title: (r) => `${r}.title`,
    body: (r) => `${r}.summary`,
    live: (r) => `${r}.deleted_at IS NULL`,
  },
  {
    table: 'narratives',
    kind: 'narrative',
    columns: ['text'],
    id: (r) => `${r}.case_id`,
    caseId: (r) => `${r}.case_id`,
    title: () => `''`,
    body: (r) => `${r}.text`,
    live: () => '1',
  },
  {
    table: 'issue_rows',
    kind: 'issueRow',
    columns: ['issue', 'response', 'impact', 'deleted_at'],
    id: (r) => `${r}.id`,
    caseId: (r) => `${r}.case_id`,
    title: () => `''`,
    body: (r) => `${r}.issue${nl}${r}.response${nl}${r}.impact`,
    live: (r) => `${r}.deleted_at IS NULL`,
  },
  {
    table: 'events',
    kind: 'event',
    columns: ['title', 'detail', 'deleted_at'],
    id: (r) => `${r}.id`,
    caseId: (r) => `${r}.case_id`,
    title: (r) => `${r}.title`,
    body: (r) => `coalesce(${r}.detail, '')`,
    live: (r) => `${r}.deleted_at IS NULL`,
  },
  {
    table: 'quotes',
    kind: 'quote',
    columns: ['text', 'original', 'speaker', 'deleted_at'],
    id: (r) => `${r}.id`,
    caseId: (r) => `${r}.case_id`,
    title: (r) => `coalesce(${r}.speaker, '')`,
    body: (r) => `${r}.text${nl}coalesce(${r}.original, '')`,
    live: (r) => `${r}.deleted_at IS NULL`,
  },
  {
    table: 'facts',
    kind: 'fact',
    columns: ['statement', 'origin', 'deleted_at'],
    id: (r) => `${r}.id`,
    caseId: (r) => `${r}.case_id`,
    title: (r) => `coalesce(${r}.origin, '')`,
    body: (r) => `${r}.statement`,
    live: (r) => `${r}.deleted_at IS NULL`,
  },
  {
    table: 'lessons',
    kind: 'lesson',
    columns: ['text', 'deleted_at'],
    id: (r) => `${r}.id`,
    caseId: (r) => `${r}.case_id`,
    title: () => `''`,
    body: (r) => `${r}.text`,
    live: (r) => `${r}.deleted_at IS NULL`,
  },
  {
    table: 'sources',
    kind: 'source',
    columns: ['title', 'publisher', 'deleted_at'],
    id: (r) => `${r}.id`,
    caseId: () => 'NULL',
    title: (r) => `${r}.title`,
    body: (r) => `coalesce(${r}.publisher, '')`,
    live: (r) => `${r}.deleted_at IS NULL`,
  },
  {
    table: 'snapshots',
    kind: 'snapshot',
    columns: ['text'],
    id: (r) => `${r}.source_id`,
    caseId: () => 'NULL',
    title: () => `''`,
    body: (r) => `${r}.text`,
    live: (r) => `(SELECT deleted_at FROM sources WHERE id = ${r}.source_id) IS NULL`,
  },
];

const fn = (expression: string) => `${SEARCH_TEXT_FUNCTION}(${expression})`;

function unindex(kind: string, idExpression: string): string {
  return `
  DELETE FROM search_index WHERE rowid IN (SELECT key FROM search_keys WHERE kind = '${kind}' AND item_id = ${idExpression});
  DELETE FROM search_keys WHERE kind = '${kind}' AND item_id = ${idExpression};`;
}

function index(spec: IndexedTable, row: string): string {
  const live = spec.live(row);
  return `
  INSERT INTO search_keys (kind, item_id) SELECT '${spec.kind}', ${spec.id(row)} WHERE ${live};
  INSERT INTO search_index (rowid, title, body, kind, item_id, case_id)
    SELECT key, ${fn(spec.title(row))}, ${fn(spec.body(row))}, '${spec.kind}', ${spec.id(row)}, ${spec.caseId(row)}
    FROM search_keys WHERE kind = '${spec.kind}' AND item_id = ${spec.id(row)} AND ${live};`;
}

function triggerName(spec: IndexedTable, event: string): string {
  return `${spec.table}_search_text_${event}`;
}

function searchTriggers(spec: IndexedTable): string {
  // A source leaving or returning from the trash takes its snapshot text with it.
  const snapshotFollowsSource =
    spec.kind === 'source'
      ? `${unindex('snapshot', 'new.id')}
  INSERT INTO search_keys (kind, item_id) SELECT 'snapshot', source_id FROM snapshots WHERE source_id = new.id AND new.deleted_at IS NULL;
  INSERT INTO search_index (rowid, title, body, kind, item_id, case_id)
    SELECT k.key, '', ${fn('s.text')}, 'snapshot', s.source_id, NULL FROM snapshots s JOIN search_keys k ON k.kind = 'snapshot' AND k.item_id = s.source_id
    WHERE s.source_id = new.id AND new.deleted_at IS NULL;`
      : '';
  return `
CREATE TEMP TRIGGER IF NOT EXISTS ${triggerName(spec, 'insert')} AFTER INSERT ON main.${spec.table} BEGIN${index(spec, 'new')}
END;
CREATE TEMP TRIGGER IF NOT EXISTS ${triggerName(spec, 'update')} AFTER UPDATE OF ${spec.columns.join(', ')} ON main.${spec.table} BEGIN${unindex(spec.kind, spec.id('old'))}${index(spec, 'new')}${snapshotFollowsSource}
END;
CREATE TEMP TRIGGER IF NOT EXISTS ${triggerName(spec, 'delete')} AFTER DELETE ON main.${spec.table} BEGIN${unindex(spec.kind, spec.id('old'))}
END;
`;
}

/** Registers the segmenting function on this connection (before migrations, which rebuild the index). */
export function registerSearchFunctions(db: NotebookDb): void {
  db.function(SEARCH_TEXT_FUNCTION, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? segmentForIndex(text) : text,
  );
}

/** Creates this connection's search triggers; does nothing when they exist already. */
export function installSearchTriggers(db: NotebookDb): void {
  registerSearchFunctions(db);
  db.exec(INDEXED_TABLES.map(searchTriggers).join('\n'));
}

/** The names of the triggers migration 001 stored in the file, which indexed text without segmenting it. */
export function storedSearchTriggerNames(): string[] {
  return INDEXED_TABLES.flatMap((spec) =>
    ['insert', 'update', 'delete'].map((event) => `${spec.table}_search_${event}`),
  );
}

/** Empties the index and indexes every live item again, segmented. Call inside a write transaction. */
export function rebuildSearchIndex(db: NotebookDb): void {
  registerSearchFunctions(db);
  db.exec('DELETE FROM search_index; DELETE FROM search_keys;');
  for (const spec of INDEXED_TABLES) {
    db.exec(`
      INSERT INTO search_keys (kind, item_id) SELECT '${spec.kind}', ${spec.id('t')} FROM ${spec.table} t WHERE ${spec.live('t')};
      INSERT INTO search_index (rowid, title, body, kind, item_id, case_id)
        SELECT k.key, ${fn(spec.title('t'))}, ${fn(spec.body('t'))}, '${spec.kind}', ${spec.id('t')}, ${spec.caseId('t')}
        FROM ${spec.table} t JOIN search_keys k ON k.kind = '${spec.kind}' AND k.item_id = ${spec.id('t')}
        WHERE ${spec.live('t')};`);
  }
}
