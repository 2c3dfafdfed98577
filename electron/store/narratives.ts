import type { Citation, Narrative } from '../../shared/domain/case-document.ts';
import type { NotebookDb } from './database.ts';

export function getNarrative(db: NotebookDb, caseId: string): Narrative | undefined {
  const row = db.prepare('SELECT format_version, lexical, text FROM narratives WHERE case_id = ?').get(caseId) as
    { format_version: number; lexical: string | null; text: string } | undefined;
  if (!row) return undefined;
  return {
    formatVersion: row.format_version,
    lexical: row.lexical === null ? null : (JSON.parse(row.lexical) as Record<string, unknown>),
    text: row.text,
  };
}

export function putNarrative(db: NotebookDb, caseId: string, narrative: Narrative, at: string): void {
  db.prepare(
    `INSERT INTO narratives (case_id, format_version, lexical, text, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET format_version = excluded.format_version, lexical = excluded.lexical,
       text = excluded.text, updated_at = excluded.updated_at`,
  ).run(
    caseId,
    narrative.formatVersion,
    narrative.lexical === null ? null : JSON.stringify(narrative.lexical),
    narrative.text,
    at,
  );
}

/** Replaces the index of a narrative's citation nodes; citations of sources not in the notebook are not indexed. */
export function setNarrativeCitations(db: NotebookDb, caseId: string, citations: readonly Citation[]): void {
  db.prepare('DELETE FROM narrative_citations WHERE case_id = ?').run(caseId);
  const insert = db.prepare(
    `INSERT INTO narrative_citations (case_id, position, source_id, locator)
     SELECT ?, ?, id, ? FROM sources WHERE id = ?`,
  );
  citations.forEach((citation, position) => insert.run(caseId, position, citation.locator, citation.sourceId));
}

/** Sources cited in a case's narrative, in order of first appearance, trashed sources left out. */
export function narrativeSourceIds(db: NotebookDb, caseId: string): string[] {
  return db
    .prepare(
      `SELECT n.source_id FROM narrative_citations n JOIN sources s ON s.id = n.source_id
       WHERE n.case_id = ? AND s.deleted_at IS NULL GROUP BY n.source_id ORDER BY min(n.position)`,
    )
    .pluck()
    .all(caseId) as string[];
}
