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
       WHERE i.deleted_at IS NULL AND k.deleted_at IS NULL AND (:caseId IS NULL OR i.case_id = :caseId)`,
  );
  return db.prepare(parts.join(' UNION ALL ')).all({ caseId: caseId ?? null }) as ClaimSupport[];
}
