import type { IssueRow } from '../../shared/domain/case-document.ts';
import type { NotebookDb } from './database.ts';
import { fromFlag, toFlag } from './sql-values.ts';

export type IssueRowFields = Omit<IssueRow, 'citations'>;

interface IssueRowRow {
  id: string;
  case_id: string;
  issue: string;
  response: string;
  impact: string;
  incomplete: number;
  strategy: string | null;
  benoit: string | null;
  actor_id: string | null;
  status: string;
  deleted_at: string | null;
}

export interface StoredIssueRow {
  readonly row: IssueRowFields;
  readonly caseId: string;
  readonly deletedAt: string | null;
}

function issueRowFromRow(row: IssueRowRow): IssueRowFields {
  return {
    id: row.id,
    issue: row.issue,
    response: row.response,
    impact: row.impact,
    incomplete: fromFlag(row.incomplete),
    strategy: row.strategy,
    benoit: row.benoit,
    actorId: row.actor_id,
    status: row.status as IssueRow['status'],
  };
}

function parameters(row: IssueRowFields) {
  return {
    id: row.id,
    issue: row.issue,
    response: row.response,
    impact: row.impact,
    incomplete: toFlag(row.incomplete),
    strategy: row.strategy,
    benoit: row.benoit,
    actor_id: row.actorId,
    status: row.status,
  };
}

export function insertIssueRow(db: NotebookDb, caseId: string, position: number, row: IssueRowFields): void {
  db.prepare(
    `INSERT INTO issue_rows (id, case_id, position, issue, response, impact, incomplete, strategy, benoit, actor_id, status)
     VALUES (:id, :case_id, :position, :issue, :response, :impact, :incomplete, :strategy, :benoit, :actor_id, :status)`,
  ).run({ ...parameters(row), case_id: caseId, position });
}

export function updateIssueRow(db: NotebookDb, row: IssueRowFields): void {
  db.prepare(
    `UPDATE issue_rows SET issue = :issue, response = :response, impact = :impact, incomplete = :incomplete,
       strategy = :strategy, benoit = :benoit, actor_id = :actor_id, status = :status WHERE id = :id`,
  ).run(parameters(row));
}

export function getIssueRow(db: NotebookDb, id: string): StoredIssueRow | undefined {
  const row = db.prepare('SELECT * FROM issue_rows WHERE id = ?').get(id) as IssueRowRow | undefined;
  return row && { row: issueRowFromRow(row), caseId: row.case_id, deletedAt: row.deleted_at };
}

export function liveIssueRowsOfCase(db: NotebookDb, caseId: string): IssueRowFields[] {
  const rows = db
    .prepare('SELECT * FROM issue_rows WHERE case_id = ? AND deleted_at IS NULL ORDER BY position, id')
    .all(caseId) as IssueRowRow[];
  return rows.map(issueRowFromRow);
}
