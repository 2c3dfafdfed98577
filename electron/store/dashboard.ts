import { BENOIT_STRATEGIES, CRISIS_TYPES, type CrisisCluster } from '../../shared/domain/codebook.ts';
import type { EventKind } from '../../shared/domain/case-document.ts';
import type { NotebookDb } from './database.ts';

/**
 * Notebook-wide counts for the dashboard, computed in SQLite: one pass over the cases table for clusters
 * and years, one over the coded responses for strategies. Code ids are lower-case words joined by
 * hyphens (CODE_ID_PATTERN), so the CASE expressions below can spell them as literals.
 */

/** A crisis type's cluster, from the built-in codebook; NULL for a custom type. */
function clusterOfTypeSql(column: string): string {
  const arms = CRISIS_TYPES.map((type) => `WHEN '${type.id}' THEN '${type.cluster}'`).join(' ');
  return `CASE ${column} ${arms} END`;
}

/** A Benoit code's nearest SCCT strategy (the crosswalk); NULL for a custom code. */
function scctOfBenoitSql(column: string): string {
  const arms = BENOIT_STRATEGIES.map((code) => `WHEN '${code.id}' THEN '${code.scct}'`).join(' ');
  return `CASE ${column} ${arms} END`;
}

const CLUSTER_OF_CASE = `COALESCE(c.crisis_cluster, ${clusterOfTypeSql('c.crisis_type')})`;

export function countCasesByCluster(db: NotebookDb): { cluster: CrisisCluster | null; cases: number }[] {
  return db
    .prepare(
      `SELECT ${CLUSTER_OF_CASE} AS cluster, count(*) AS cases FROM cases c WHERE c.deleted_at IS NULL GROUP BY 1 ORDER BY 1`,
    )
    .all() as { cluster: CrisisCluster | null; cases: number }[];
}

/** By the year of the start date (partial dates begin with the year); at most one row per year. */
export function countCasesByYear(db: NotebookDb): { year: number | null; cases: number }[] {
  return db
    .prepare(
      `SELECT CAST(substr(started_on, 1, 4) AS INTEGER) AS year, count(*) AS cases FROM cases
       WHERE deleted_at IS NULL GROUP BY 1 ORDER BY 1 LIMIT 10000`,
    )
    .all() as { year: number | null; cases: number }[];
}

function codedResponses(table: 'issue_rows' | 'events' | 'quotes'): string {
  return `SELECT case_id, COALESCE(strategy, ${scctOfBenoitSql('benoit')}) AS strategy FROM ${table}
    WHERE deleted_at IS NULL AND (strategy IS NOT NULL OR benoit IS NOT NULL)`;
}

/** How many live cases use each SCCT strategy in a live response, as the case analysis counts (UNION keeps one per case). */
export function countCasesByStrategy(db: NotebookDb, limit: number): { strategy: string; cases: number }[] {
  return db
    .prepare(
      `WITH coded AS (${codedResponses('issue_rows')} UNION ${codedResponses('events')} UNION ${codedResponses('quotes')})
       SELECT coded.strategy AS strategy, count(*) AS cases FROM coded
       JOIN cases c ON c.id = coded.case_id AND c.deleted_at IS NULL
       WHERE coded.strategy IS NOT NULL
       GROUP BY coded.strategy ORDER BY cases DESC, coded.strategy LIMIT ?`,
    )
    .all(limit) as { strategy: string; cases: number }[];
}

export interface MeasuredEventRow {
  readonly caseId: string;
  readonly cluster: CrisisCluster;
  readonly id: string;
  readonly on: string;
  readonly approx: boolean;
  readonly kind: EventKind;
  readonly title: string;
}

const MEASURED_KINDS = `('trigger', 'allegation', 'response', 'apology', 'corrective-action')`;

/**
 * The confirmed events the response-time measures can use, of every live case with a cluster: those of
 * the kinds they start or end at, and each case's earliest event (day 0 when there is no trigger or
 * allegation). Titles are left out: medians do not need them.
 */
export function eventsForResponseTimes(db: NotebookDb): MeasuredEventRow[] {
  const rows = db
    .prepare(
      `WITH clustered AS (
         SELECT c.id, ${CLUSTER_OF_CASE} AS cluster FROM cases c WHERE c.deleted_at IS NULL
       ),
       measured AS (
         SELECT e.case_id, e.id, e.on_date, e.approx, e.kind FROM events e
         WHERE e.deleted_at IS NULL AND e.status = 'confirmed' AND e.kind IN ${MEASURED_KINDS}
         UNION
         SELECT e.case_id, e.id, min(e.on_date) AS on_date, e.approx, e.kind FROM events e
         WHERE e.deleted_at IS NULL AND e.status = 'confirmed' GROUP BY e.case_id
       )
       SELECT m.case_id AS caseId, k.cluster AS cluster, m.id AS id, m.on_date AS "on", m.approx AS approx, m.kind AS kind
       FROM measured m JOIN clustered k ON k.id = m.case_id AND k.cluster IS NOT NULL`,
    )
    .all() as { caseId: string; cluster: CrisisCluster; id: string; on: string; approx: number; kind: EventKind }[];
  return rows.map((row) => ({ ...row, approx: row.approx === 1, title: '' }));
}
