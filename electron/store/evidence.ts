import type { NotebookDb } from './database.ts';

export interface ClaimSupport {
  readonly kind: 'issueRow' | 'event' | 'quote' | 'fact';
  readonly itemId: string;
  readonly caseId: string;
  readonly label: string;
  /** Distinct live sources the claim cites. */
  readonly sources: number;
}

const CLAIMS = [
  { kind: 'issueRow', table: 'issue_rows', column: 'issue_row_id', label: 'i.issue' },
  { kind: 'event', table: 'events', column: 'event_id', label: 'i.title' },
  { kind: 'quote', table: 'quotes', column: 'quote_id', label: 'i.text' },
  { kind: 'fact', table: 'facts', column: 'fact_id', label: 'i.statement' },
] as const;

/** Every live claim (issue row, event, quote, fact) of live cases with how many sources back it. */
export function claimSupport(db: NotebookDb, caseId?: string): ClaimSupport[] {
  const parts = CLAIMS.map(
    (claim) =>
      `SELECT '${claim.kind}' AS kind, i.id AS itemId, i.case_id AS caseId, substr(${claim.label}, 1, 81) AS label,
         (SELECT count(DISTINCT c.source_id) FROM citations c JOIN sources s ON s.id = c.source_id
          WHERE c.${claim.column} = i.id AND s.deleted_at IS NULL) AS sources
       FROM ${claim.table} i JOIN cases k ON k.id = i.case_id
       WHERE i.deleted_at IS NULL AND k.deleted_at IS NULL${caseId === undefined ? '' : ' AND i.case_id = :caseId'}`,
  );
  // Two statements rather than "(:caseId IS NULL OR …)", which keeps SQLite from using the per-case indexes.
  return db.prepare(parts.join(' UNION ALL ')).all(caseId === undefined ? {} : { caseId }) as ClaimSupport[];
}

export interface SourceEvidence {
  readonly sourceId: string;
  readonly title: string;
  readonly hasSnapshot: boolean;
  /** A PDF or image kept in the notebook is the source's evidence as a snapshot is a page's. */
  readonly hasFile: boolean;
}

/**
 * Live sources a case cites (from its live rows, events, quotes and facts, and its narrative), or every live
 * source of the notebook when no case is given, ordered by title.
 */
function scopedSources(caseId: string | undefined): string {
  if (caseId === undefined) return 'SELECT s.id, s.title FROM sources s WHERE s.deleted_at IS NULL';
  // One branch per kind of item, each through its own per-case index.
  const cited = CLAIMS.map(
    (claim) =>
      `SELECT c.source_id FROM citations c JOIN ${claim.table} i ON i.id = c.${claim.column}
       WHERE i.case_id = :caseId AND i.deleted_at IS NULL`,
  );
  return `SELECT s.id, s.title FROM sources s WHERE s.deleted_at IS NULL AND s.id IN (
    ${cited.join(' UNION ')} UNION SELECT n.source_id FROM narrative_citations n WHERE n.case_id = :caseId)`;
}

export function sourceEvidence(db: NotebookDb, caseId?: string): SourceEvidence[] {
  const rows = db
    .prepare(
      `SELECT x.id AS sourceId, x.title,
         EXISTS (SELECT 1 FROM snapshots p WHERE p.source_id = x.id) AS hasSnapshot,
         EXISTS (SELECT 1 FROM source_files f WHERE f.source_id = x.id) AS hasFile
       FROM (${scopedSources(caseId)}) x ORDER BY x.title COLLATE NOCASE, x.id`,
    )
    .all(caseId === undefined ? {} : { caseId }) as {
    sourceId: string;
    title: string;
    hasSnapshot: number;
    hasFile: number;
  }[];
  return rows.map((row) => ({ ...row, hasSnapshot: row.hasSnapshot === 1, hasFile: row.hasFile === 1 }));
}

/** The stored evidence of the same sources, one at a time (a notebook's snapshots can be large): snapshot HTML or file bytes with the hash recorded for them. */
export function* storedEvidence(
  db: NotebookDb,
  caseId?: string,
): Generator<{ sourceId: string; title: string; what: 'snapshot' | 'file'; sha256: string; content: string | Buffer }> {
  const rows = db
    .prepare(
      `SELECT x.id AS sourceId, x.title, 'snapshot' AS what, p.sha256, p.html AS content
         FROM (${scopedSources(caseId)}) x JOIN snapshots p ON p.source_id = x.id
       UNION ALL
       SELECT x.id, x.title, 'file', f.sha256, f.bytes
         FROM (${scopedSources(caseId)}) x JOIN source_files f ON f.source_id = x.id
       ORDER BY 2 COLLATE NOCASE, 1`,
    )
    .iterate(caseId === undefined ? {} : { caseId }) as IterableIterator<{
    sourceId: string;
    title: string;
    what: 'snapshot' | 'file';
    sha256: string;
    content: string | Buffer;
  }>;
  yield* rows;
}

/** What kind of item each id is, among the claims that can be marked as conflicting. */
export function claimKinds(
  db: NotebookDb,
  ids: readonly string[],
): Map<string, { kind: ClaimSupport['kind']; label: string }> {
  const found = new Map<string, { kind: ClaimSupport['kind']; label: string }>();
  if (ids.length === 0) return found;
  const statement = db.prepare(
    CLAIMS.map(
      (claim) =>
        `SELECT '${claim.kind}' AS kind, i.id, substr(${claim.label}, 1, 81) AS label FROM ${claim.table} i WHERE i.id = :id`,
    ).join(' UNION ALL '),
  );
  for (const id of new Set(ids)) {
    const row = statement.get({ id }) as { kind: ClaimSupport['kind']; id: string; label: string } | undefined;
    if (row) found.set(id, { kind: row.kind, label: row.label });
  }
  return found;
}
