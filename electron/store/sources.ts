import type { Snapshot, Source } from '../../shared/domain/case-document.ts';
import type { NotebookDb } from './database.ts';

export type SourceFields = Omit<Source, 'snapshot'>;

export interface SourceRow {
  id: string;
  url: string | null;
  title: string;
  publisher: string | null;
  authors: string;
  kind: string;
  published_on: string | null;
  accessed_on: string | null;
  language: string | null;
  reliability: string | null;
  credibility: number | null;
  note: string | null;
  deleted_at: string | null;
}

export interface StoredSource {
  readonly source: SourceFields;
  readonly deletedAt: string | null;
}

export function sourceFromRow(row: SourceRow): SourceFields {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    authors: JSON.parse(row.authors) as string[],
    kind: row.kind as Source['kind'],
    publishedOn: row.published_on,
    accessedOn: row.accessed_on,
    language: row.language,
    reliability: row.reliability as Source['reliability'],
    credibility: row.credibility,
    note: row.note,
  };
}

function parameters(source: SourceFields, normalizedUrl: string | null, at: string) {
  return {
    id: source.id,
    url: source.url,
    normalized_url: normalizedUrl,
    title: source.title,
    publisher: source.publisher,
    authors: JSON.stringify(source.authors),
    kind: source.kind,
    published_on: source.publishedOn,
    accessed_on: source.accessedOn,
    language: source.language,
    reliability: source.reliability,
    credibility: source.credibility,
    note: source.note,
    at,
  };
}

export function insertSource(db: NotebookDb, source: SourceFields, normalizedUrl: string | null, at: string): void {
  db.prepare(
    `INSERT INTO sources (id, url, normalized_url, title, publisher, authors, kind, published_on, accessed_on, language,
       reliability, credibility, note, created_at, updated_at)
     VALUES (:id, :url, :normalized_url, :title, :publisher, :authors, :kind, :published_on, :accessed_on, :language,
       :reliability, :credibility, :note, :at, :at)`,
  ).run(parameters(source, normalizedUrl, at));
}

export function updateSource(db: NotebookDb, source: SourceFields, normalizedUrl: string | null, at: string): void {
  db.prepare(
    `UPDATE sources SET url = :url, normalized_url = :normalized_url, title = :title, publisher = :publisher, authors = :authors,
       kind = :kind, published_on = :published_on, accessed_on = :accessed_on, language = :language,
       reliability = :reliability, credibility = :credibility, note = :note, updated_at = :at
     WHERE id = :id`,
  ).run(parameters(source, normalizedUrl, at));
}

export function getSource(db: NotebookDb, id: string): StoredSource | undefined {
  const row = db.prepare('SELECT * FROM sources WHERE id = ?').get(id) as SourceRow | undefined;
  return row && { source: sourceFromRow(row), deletedAt: row.deleted_at };
}

/** The source (live or in the trash) with this normalized URL. */
export function findSourceByNormalizedUrl(db: NotebookDb, normalizedUrl: string): StoredSource | undefined {
  const row = db.prepare('SELECT * FROM sources WHERE normalized_url = ?').get(normalizedUrl) as SourceRow | undefined;
  return row && { source: sourceFromRow(row), deletedAt: row.deleted_at };
}

/** Live sources by title, one page (limit + 1 rows tell whether more follow). */
export function listLiveSources(
  db: NotebookDb,
  filter: { text?: string | undefined; limit: number; offset: number },
): SourceFields[] {
  const where = ['deleted_at IS NULL'];
  const parameters: Record<string, string | number> = { limit: filter.limit, offset: filter.offset };
  if (filter.text) {
    where.push(`(title LIKE :text ESCAPE '\\' OR publisher LIKE :text ESCAPE '\\' OR url LIKE :text ESCAPE '\\')`);
    parameters.text = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  const rows = db
    .prepare(
      `SELECT * FROM sources WHERE ${where.join(' AND ')} ORDER BY title COLLATE NOCASE, id LIMIT :limit OFFSET :offset`,
    )
    .all(parameters) as SourceRow[];
  return rows.map(sourceFromRow);
}

export function setSourceDeleted(db: NotebookDb, id: string, deletedAt: string | null): void {
  db.prepare('UPDATE sources SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
}

/** Deletes a source for good, with its snapshot and every citation of it. */
export function purgeSource(db: NotebookDb, id: string): void {
  db.prepare('DELETE FROM sources WHERE id = ?').run(id);
}

export function getSnapshot(db: NotebookDb, sourceId: string): Snapshot | null {
  const row = db.prepare('SELECT sha256, captured_at, text, html FROM snapshots WHERE source_id = ?').get(sourceId) as
    { sha256: string; captured_at: string; text: string; html: string } | undefined;
  return row ? { sha256: row.sha256, capturedAt: row.captured_at, text: row.text, html: row.html } : null;
}

/** Stores a source's snapshot, replacing an earlier one; original is the page as captured, if kept. */
export function putSnapshot(
  db: NotebookDb,
  sourceId: string,
  snapshot: Snapshot,
  original: { bytes: Uint8Array; type: string } | null = null,
): void {
  db.prepare(
    `INSERT INTO snapshots (source_id, sha256, captured_at, text, html, original, original_type) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (source_id) DO UPDATE SET sha256 = excluded.sha256, captured_at = excluded.captured_at, text = excluded.text,
       html = excluded.html, original = excluded.original, original_type = excluded.original_type`,
  ).run(
    sourceId,
    snapshot.sha256,
    snapshot.capturedAt,
    snapshot.text,
    snapshot.html,
    original?.bytes ?? null,
    original?.type ?? null,
  );
}
