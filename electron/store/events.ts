import type { TimelineEvent } from '../../shared/domain/case-document.ts';
import type { NotebookDb } from './database.ts';
import { fromFlag, toFlag } from './sql-values.ts';

export type EventFields = Omit<TimelineEvent, 'citations'>;

interface EventRow {
  id: string;
  case_id: string;
  on_date: string;
  approx: number;
  title: string;
  detail: string | null;
  kind: string;
  strategy: string | null;
  benoit: string | null;
  actor_id: string | null;
  status: string;
  deleted_at: string | null;
}

export interface StoredEvent {
  readonly event: EventFields;
  readonly caseId: string;
  readonly deletedAt: string | null;
}

function eventFromRow(row: EventRow): EventFields {
  return {
    id: row.id,
    on: row.on_date,
    approx: fromFlag(row.approx),
    title: row.title,
    detail: row.detail,
    kind: row.kind as TimelineEvent['kind'],
    strategy: row.strategy,
    benoit: row.benoit,
    actorId: row.actor_id,
    status: row.status as TimelineEvent['status'],
  };
}

function parameters(event: EventFields) {
  return {
    id: event.id,
    on_date: event.on,
    approx: toFlag(event.approx),
    title: event.title,
    detail: event.detail,
    kind: event.kind,
    strategy: event.strategy,
    benoit: event.benoit,
    actor_id: event.actorId,
    status: event.status,
  };
}

export function insertEvent(db: NotebookDb, caseId: string, event: EventFields): void {
  db.prepare(
    `INSERT INTO events (id, case_id, on_date, approx, title, detail, kind, strategy, benoit, actor_id, status)
     VALUES (:id, :case_id, :on_date, :approx, :title, :detail, :kind, :strategy, :benoit, :actor_id, :status)`,
  ).run({ ...parameters(event), case_id: caseId });
}

export function updateEvent(db: NotebookDb, event: EventFields): void {
  db.prepare(
    `UPDATE events SET on_date = :on_date, approx = :approx, title = :title, detail = :detail, kind = :kind,
       strategy = :strategy, benoit = :benoit, actor_id = :actor_id, status = :status WHERE id = :id`,
  ).run(parameters(event));
}

export function getEvent(db: NotebookDb, id: string): StoredEvent | undefined {
  const row = db.prepare('SELECT * FROM events WHERE id = ?').get(id) as EventRow | undefined;
  return row && { event: eventFromRow(row), caseId: row.case_id, deletedAt: row.deleted_at };
}

/** Live events of a case in storage order; services put them in calendar order (partial dates). */
export function liveEventsOfCase(db: NotebookDb, caseId: string): EventFields[] {
  const rows = db
    .prepare('SELECT * FROM events WHERE case_id = ? AND deleted_at IS NULL ORDER BY on_date, id')
    .all(caseId) as EventRow[];
  return rows.map(eventFromRow);
}
