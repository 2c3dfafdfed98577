import type { Fact } from '../../shared/domain/case-document.ts';
import type { NotebookDb } from './database.ts';
import { fromFlag, toFlag } from './sql-values.ts';

export type FactFields = Omit<Fact, 'citations'>;

interface FactRow {
  id: string;
  case_id: string;
  statement: string;
  value: number | null;
  unit: string | null;
  origin: string | null;
  on_date: string | null;
  approx: number;
  status: string;
  deleted_at: string | null;
}

export interface StoredFact {
  readonly fact: FactFields;
  readonly caseId: string;
  readonly deletedAt: string | null;
}

function factFromRow(row: FactRow): FactFields {
  return {
    id: row.id,
    statement: row.statement,
    value: row.value,
    unit: row.unit,
    origin: row.origin,
    on: row.on_date,
    approx: fromFlag(row.approx),
    status: row.status as Fact['status'],
  };
}

function parameters(fact: FactFields) {
  return {
    id: fact.id,
    statement: fact.statement,
    value: fact.value,
    unit: fact.unit,
    origin: fact.origin,
    on_date: fact.on,
    approx: toFlag(fact.approx),
    status: fact.status,
  };
}

export function insertFact(db: NotebookDb, caseId: string, position: number, fact: FactFields): void {
  db.prepare(
    `INSERT INTO facts (id, case_id, position, statement, value, unit, origin, on_date, approx, status)
     VALUES (:id, :case_id, :position, :statement, :value, :unit, :origin, :on_date, :approx, :status)`,
  ).run({ ...parameters(fact), case_id: caseId, position });
}

export function updateFact(db: NotebookDb, fact: FactFields): void {
  db.prepare(
    `UPDATE facts SET statement = :statement, value = :value, unit = :unit, origin = :origin, on_date = :on_date,
       approx = :approx, status = :status WHERE id = :id`,
  ).run(parameters(fact));
}

export function getFact(db: NotebookDb, id: string): StoredFact | undefined {
  const row = db.prepare('SELECT * FROM facts WHERE id = ?').get(id) as FactRow | undefined;
  return row && { fact: factFromRow(row), caseId: row.case_id, deletedAt: row.deleted_at };
}

export function liveFactsOfCase(db: NotebookDb, caseId: string): FactFields[] {
  const rows = db
    .prepare('SELECT * FROM facts WHERE case_id = ? AND deleted_at IS NULL ORDER BY position, id')
    .all(caseId) as FactRow[];
  return rows.map(factFromRow);
}
