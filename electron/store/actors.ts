import type { Actor } from '../../shared/domain/case-document.ts';
import type { NotebookDb } from './database.ts';
import { fromFlag, toFlag } from './sql-values.ts';

interface ActorRow {
  id: string;
  case_id: string;
  name: string;
  kind: string;
  role: string;
  private: number;
  deleted_at: string | null;
}

export interface StoredActor {
  readonly actor: Actor;
  readonly caseId: string;
  readonly deletedAt: string | null;
}

function actorFromRow(row: ActorRow): Actor {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as Actor['kind'],
    role: row.role as Actor['role'],
    private: fromFlag(row.private),
  };
}

export function insertActor(db: NotebookDb, caseId: string, position: number, actor: Actor): void {
  db.prepare('INSERT INTO actors (id, case_id, position, name, kind, role, private) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    actor.id,
    caseId,
    position,
    actor.name,
    actor.kind,
    actor.role,
    toFlag(actor.private),
  );
}

export function updateActor(db: NotebookDb, actor: Actor): void {
  db.prepare('UPDATE actors SET name = ?, kind = ?, role = ?, private = ? WHERE id = ?').run(
    actor.name,
    actor.kind,
    actor.role,
    toFlag(actor.private),
    actor.id,
  );
}

export function getActor(db: NotebookDb, id: string): StoredActor | undefined {
  const row = db.prepare('SELECT * FROM actors WHERE id = ?').get(id) as ActorRow | undefined;
  return row && { actor: actorFromRow(row), caseId: row.case_id, deletedAt: row.deleted_at };
}

export function liveActorsOfCase(db: NotebookDb, caseId: string): Actor[] {
  const rows = db
    .prepare('SELECT * FROM actors WHERE case_id = ? AND deleted_at IS NULL ORDER BY position, id')
    .all(caseId) as ActorRow[];
  return rows.map(actorFromRow);
}

/** The tables whose rows can name an actor of their case. */
const ACTOR_REFERENCING_TABLES = ['issue_rows', 'events', 'quotes'] as const;

/** Points every item (trashed ones too) that names one of `fromIds` at `toId`; returns how many changed. */
export function repointActorReferences(db: NotebookDb, fromIds: readonly string[], toId: string): number {
  let changed = 0;
  for (const table of ACTOR_REFERENCING_TABLES) {
    changed += db
      .prepare(`UPDATE ${table} SET actor_id = ? WHERE actor_id IN (SELECT value FROM json_each(?))`)
      .run(toId, JSON.stringify(fromIds)).changes;
  }
  return changed;
}
