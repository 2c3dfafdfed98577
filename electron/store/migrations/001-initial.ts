import type { NotebookDb } from '../database.ts';

/**
 * Schema v1: the whole domain (domain.md, case-format.md). Frozen once released: later changes are new
 * numbered migrations, never edits here.
 */
const STATUS = `status TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'suggested'))`;
const DELETED = 'deleted_at TEXT';
const flag = (name: string, fallback = 0) => `${name} INTEGER NOT NULL DEFAULT ${fallback} CHECK (${name} IN (0, 1))`;

const TABLES = `
CREATE TABLE cases (
  id TEXT PRIMARY KEY NOT NULL,
  slug TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'review', 'final')),
  crisis_cluster TEXT CHECK (crisis_cluster IN ('victim', 'accidental', 'preventable')),
  crisis_type TEXT,
  crisis_history INTEGER CHECK (crisis_history IN (0, 1)),
  prior_reputation TEXT CHECK (prior_reputation IN ('positive', 'neutral', 'negative')),
  industry TEXT,
  region TEXT,
  started_on TEXT,
  ${flag('started_approx')},
  ended_on TEXT,
  ${flag('ended_approx')},
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- updated_at converted to UTC so that cases sort by time whatever offset a bundle wrote
  updated_sort TEXT NOT NULL,
  ${DELETED}
) STRICT;
CREATE INDEX cases_by_recency ON cases (updated_sort DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX cases_by_status ON cases (status, updated_sort DESC, id DESC) WHERE deleted_at IS NULL;

CREATE TABLE tags (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE,
  color TEXT CHECK (color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]')
) STRICT;

CREATE TABLE case_tags (
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  tag_id TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  PRIMARY KEY (case_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_tags_by_tag ON case_tags (tag_id, case_id);

CREATE TABLE sources (
  id TEXT PRIMARY KEY NOT NULL,
  url TEXT,
  normalized_url TEXT,
  title TEXT NOT NULL,
  publisher TEXT,
  authors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors) AND json_type(authors) = 'array'),
  kind TEXT NOT NULL DEFAULT 'other'
    CHECK (kind IN ('news', 'press-release', 'social-post', 'report', 'interview', 'academic', 'other')),
  published_on TEXT,
  accessed_on TEXT,
  language TEXT,
  reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  ${DELETED}
) STRICT;
CREATE UNIQUE INDEX sources_by_normalized_url ON sources (normalized_url) WHERE normalized_url IS NOT NULL;
CREATE INDEX sources_by_title ON sources (title COLLATE NOCASE, id) WHERE deleted_at IS NULL;

CREATE TABLE snapshots (
  source_id TEXT PRIMARY KEY NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  captured_at TEXT NOT NULL,
  text TEXT NOT NULL,
  html TEXT NOT NULL,
  -- the page as captured, kept as evidence; never leaves the notebook
  original BLOB,
  original_type TEXT
) STRICT;

CREATE TABLE narratives (
  case_id TEXT PRIMARY KEY NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  format_version INTEGER NOT NULL,
  lexical TEXT CHECK (lexical IS NULL OR json_valid(lexical)),
  text TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

-- Citation nodes of a narrative, indexed so "where is this source cited" sees the narrative too.
CREATE TABLE narrative_citations (
  case_id TEXT NOT NULL REFERENCES narratives (case_id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  locator TEXT,
  PRIMARY KEY (case_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX narrative_citations_by_source ON narrative_citations (source_id);

CREATE TABLE actors (
  id TEXT PRIMARY KEY NOT NULL,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'organization' CHECK (kind IN ('organization', 'person', 'group', 'other')),
  role TEXT NOT NULL DEFAULT 'other'
    CHECK (role IN ('subject', 'spokesperson', 'accuser', 'influencer', 'competitor', 'regulator', 'media', 'public', 'other')),
  ${flag('private')},
  ${DELETED}
) STRICT;
CREATE INDEX actors_by_case ON actors (case_id, position, id);

CREATE TABLE issue_rows (
  id TEXT PRIMARY KEY NOT NULL,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  issue TEXT NOT NULL DEFAULT '',
  response TEXT NOT NULL DEFAULT '',
  impact TEXT NOT NULL DEFAULT '',
  ${flag('incomplete')},
  strategy TEXT,
  benoit TEXT,
  actor_id TEXT REFERENCES actors (id) ON DELETE SET NULL,
  ${STATUS},
  ${DELETED}
) STRICT;
CREATE INDEX issue_rows_by_case ON issue_rows (case_id, position, id);
CREATE INDEX issue_rows_by_actor ON issue_rows (actor_id) WHERE actor_id IS NOT NULL;

CREATE TABLE events (
  id TEXT PRIMARY KEY NOT NULL,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  on_date TEXT NOT NULL,
  ${flag('approx')},
  title TEXT NOT NULL,
  detail TEXT,
  kind TEXT NOT NULL DEFAULT 'other'
    CHECK (kind IN ('trigger', 'allegation', 'response', 'apology', 'corrective-action', 'escalation', 'media', 'resolution', 'other')),
  strategy TEXT,
  benoit TEXT,
  actor_id TEXT REFERENCES actors (id) ON DELETE SET NULL,
  ${STATUS},
  ${DELETED}
) STRICT;
CREATE INDEX events_by_case ON events (case_id, on_date, id);
CREATE INDEX events_by_actor ON events (actor_id) WHERE actor_id IS NOT NULL;

CREATE TABLE quotes (
  id TEXT PRIMARY KEY NOT NULL,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  ${flag('verbatim', 1)},
  speaker TEXT,
  actor_id TEXT REFERENCES actors (id) ON DELETE SET NULL,
  on_date TEXT,
  ${flag('approx')},
  original TEXT,
  language TEXT,
  strategy TEXT,
  benoit TEXT,
  ${STATUS},
  ${DELETED}
) STRICT;
CREATE INDEX quotes_by_case ON quotes (case_id, position, id);
CREATE INDEX quotes_by_actor ON quotes (actor_id) WHERE actor_id IS NOT NULL;

CREATE TABLE facts (
  id TEXT PRIMARY KEY NOT NULL,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  statement TEXT NOT NULL,
  value REAL,
  unit TEXT,
  origin TEXT,
  on_date TEXT,
  ${flag('approx')},
  ${STATUS},
  ${DELETED}
) STRICT;
CREATE INDEX facts_by_case ON facts (case_id, position, id);

CREATE TABLE lessons (
  id TEXT PRIMARY KEY NOT NULL,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  ${DELETED}
) STRICT;
CREATE INDEX lessons_by_case ON lessons (case_id, position, id);

-- A source cited by exactly one issue row, event, quote or fact, with an optional locator.
CREATE TABLE citations (
  id INTEGER PRIMARY KEY,
  source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  issue_row_id TEXT REFERENCES issue_rows (id) ON DELETE CASCADE,
  event_id TEXT REFERENCES events (id) ON DELETE CASCADE,
  quote_id TEXT REFERENCES quotes (id) ON DELETE CASCADE,
  fact_id TEXT REFERENCES facts (id) ON DELETE CASCADE,
  locator TEXT,
  position INTEGER NOT NULL,
  CHECK ((issue_row_id IS NOT NULL) + (event_id IS NOT NULL) + (quote_id IS NOT NULL) + (fact_id IS NOT NULL) = 1)
) STRICT;
CREATE UNIQUE INDEX citations_of_issue_rows ON citations (issue_row_id, source_id) WHERE issue_row_id IS NOT NULL;
CREATE UNIQUE INDEX citations_of_events ON citations (event_id, source_id) WHERE event_id IS NOT NULL;
CREATE UNIQUE INDEX citations_of_quotes ON citations (quote_id, source_id) WHERE quote_id IS NOT NULL;
CREATE UNIQUE INDEX citations_of_facts ON citations (fact_id, source_id) WHERE fact_id IS NOT NULL;
CREATE INDEX citations_by_source ON citations (source_id);

-- Two claims of one case that contradict each other (any of issue row, event, quote, fact).
CREATE TABLE conflicts (
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  note TEXT,
  position INTEGER NOT NULL,
  PRIMARY KEY (case_id, a, b),
  CHECK (a <> b)
) STRICT, WITHOUT ROWID;
CREATE INDEX conflicts_by_b ON conflicts (case_id, b);

-- Codes a notebook adds to the built-in SCCT/Benoit codebook.
CREATE TABLE custom_codes (
  kind TEXT NOT NULL CHECK (kind IN ('crisis-type', 'scct-strategy', 'benoit-strategy')),
  id TEXT NOT NULL,
  label TEXT NOT NULL,
  definition TEXT NOT NULL DEFAULT '',
  ${flag('retired')},
  PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;

-- Soft-deleted items: the item keeps its row with deleted_at set; this lists them for the trash view.
CREATE TABLE trash (
  id TEXT PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('case', 'actor', 'issueRow', 'event', 'quote', 'fact', 'lesson', 'source')),
  item_id TEXT NOT NULL,
  case_id TEXT REFERENCES cases (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  deleted_at TEXT NOT NULL,
  UNIQUE (kind, item_id)
) STRICT;
CREATE INDEX trash_by_time ON trash (deleted_at DESC, id DESC);
CREATE INDEX trash_by_case ON trash (case_id) WHERE case_id IS NOT NULL;

-- Full-text index: one row per live searchable item; search_keys gives each item a stable rowid.
CREATE TABLE search_keys (
  key INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  item_id TEXT NOT NULL,
  UNIQUE (kind, item_id)
) STRICT;
CREATE VIRTUAL TABLE search_index USING fts5 (
  title, body, kind UNINDEXED, item_id UNINDEXED, case_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);
`;

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
    SELECT key, ${spec.title(row)}, ${spec.body(row)}, '${spec.kind}', ${spec.id(row)}, ${spec.caseId(row)}
    FROM search_keys WHERE kind = '${spec.kind}' AND item_id = ${spec.id(row)} AND ${live};`;
}

const snapshotSpec = INDEXED_TABLES.find((spec) => spec.kind === 'snapshot');

function searchTriggers(spec: IndexedTable): string {
  // A source leaving or returning from the trash takes its snapshot text with it.
  const snapshotFollowsSource =
    spec.kind === 'source' && snapshotSpec
      ? `${unindex('snapshot', 'new.id')}
  INSERT INTO search_keys (kind, item_id) SELECT 'snapshot', source_id FROM snapshots WHERE source_id = new.id AND new.deleted_at IS NULL;
  INSERT INTO search_index (rowid, title, body, kind, item_id, case_id)
    SELECT k.key, '', s.text, 'snapshot', s.source_id, NULL FROM snapshots s JOIN search_keys k ON k.kind = 'snapshot' AND k.item_id = s.source_id
    WHERE s.source_id = new.id AND new.deleted_at IS NULL;`
      : '';
  return `
CREATE TRIGGER ${spec.table}_search_insert AFTER INSERT ON ${spec.table} BEGIN${index(spec, 'new')}
END;
CREATE TRIGGER ${spec.table}_search_update AFTER UPDATE OF ${spec.columns.join(', ')} ON ${spec.table} BEGIN${unindex(spec.kind, spec.id('old'))}${index(spec, 'new')}${snapshotFollowsSource}
END;
CREATE TRIGGER ${spec.table}_search_delete AFTER DELETE ON ${spec.table} BEGIN${unindex(spec.kind, spec.id('old'))}
END;
`;
}

export function up(db: NotebookDb): void {
  db.exec(TABLES);
  db.exec(INDEXED_TABLES.map(searchTriggers).join('\n'));
}
