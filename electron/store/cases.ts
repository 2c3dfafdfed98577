import type { CaseOverview, CaseStatus } from '../../shared/domain/case-document.ts';
import type { NotebookDb } from './database.ts';
import { fromFlag, fromNullableFlag, sortableTimestamp, toFlag, toNullableFlag } from './sql-values.ts';

/** A case's overview without its tags (tags.ts keeps those). */
export type CaseFields = Omit<CaseOverview, 'tags'>;

interface CaseRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  status: string;
  crisis_cluster: string | null;
  crisis_type: string | null;
  crisis_history: number | null;
  prior_reputation: string | null;
  industry: string | null;
  region: string | null;
  started_on: string | null;
  started_approx: number;
  ended_on: string | null;
  ended_approx: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface StoredCase {
  readonly fields: CaseFields;
  readonly deletedAt: string | null;
}

function caseFromRow(row: CaseRow): StoredCase {
  return {
    fields: {
      id: row.id,
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      status: row.status as CaseFields['status'],
      crisisCluster: row.crisis_cluster as CaseFields['crisisCluster'],
      crisisType: row.crisis_type,
      crisisHistory: fromNullableFlag(row.crisis_history),
      priorReputation: row.prior_reputation as CaseFields['priorReputation'],
      industry: row.industry,
      region: row.region,
      startedOn: row.started_on,
      startedApprox: fromFlag(row.started_approx),
      endedOn: row.ended_on,
      endedApprox: fromFlag(row.ended_approx),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    },
    deletedAt: row.deleted_at,
  };
}

function rowParameters(fields: CaseFields) {
  return {
    id: fields.id,
    slug: fields.slug,
    title: fields.title,
    summary: fields.summary,
    status: fields.status,
    crisis_cluster: fields.crisisCluster,
    crisis_type: fields.crisisType,
    crisis_history: toNullableFlag(fields.crisisHistory),
    prior_reputation: fields.priorReputation,
    industry: fields.industry,
    region: fields.region,
    started_on: fields.startedOn,
    started_approx: toFlag(fields.startedApprox),
    ended_on: fields.endedOn,
    ended_approx: toFlag(fields.endedApprox),
    created_at: fields.createdAt,
    updated_at: fields.updatedAt,
    updated_sort: sortableTimestamp(fields.updatedAt),
  };
}

export function insertCase(db: NotebookDb, fields: CaseFields): void {
  db.prepare(
    `INSERT INTO cases (id, slug, title, summary, status, crisis_cluster, crisis_type, crisis_history, prior_reputation,
       industry, region, started_on, started_approx, ended_on, ended_approx, created_at, updated_at, updated_sort)
     VALUES (:id, :slug, :title, :summary, :status, :crisis_cluster, :crisis_type, :crisis_history, :prior_reputation,
       :industry, :region, :started_on, :started_approx, :ended_on, :ended_approx, :created_at, :updated_at, :updated_sort)`,
  ).run(rowParameters(fields));
}

export function updateCase(db: NotebookDb, fields: CaseFields): void {
  db.prepare(
    `UPDATE cases SET slug = :slug, title = :title, summary = :summary, status = :status, crisis_cluster = :crisis_cluster,
       crisis_type = :crisis_type, crisis_history = :crisis_history, prior_reputation = :prior_reputation, industry = :industry,
       region = :region, started_on = :started_on, started_approx = :started_approx, ended_on = :ended_on,
       ended_approx = :ended_approx, created_at = :created_at, updated_at = :updated_at, updated_sort = :updated_sort
     WHERE id = :id`,
  ).run(rowParameters(fields));
}

export function getCase(db: NotebookDb, id: string): StoredCase | undefined {
  const row = db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
  return row && caseFromRow(row);
}

export function findCaseIdBySlug(db: NotebookDb, slug: string): string | undefined {
  return db.prepare('SELECT id FROM cases WHERE slug = ?').pluck().get(slug) as string | undefined;
}

export function slugTaken(db: NotebookDb, slug: string): boolean {
  return db.prepare('SELECT 1 FROM cases WHERE slug = ?').get(slug) !== undefined;
}

/** Marks the case as changed now (every change to a part of a case does this). */
export function touchCase(db: NotebookDb, id: string, at: string): void {
  db.prepare('UPDATE cases SET updated_at = ?, updated_sort = ? WHERE id = ?').run(at, sortableTimestamp(at), id);
}

export function setCaseDeleted(db: NotebookDb, id: string, deletedAt: string | null): void {
  db.prepare('UPDATE cases SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
}

/** Deletes a case and everything in it for good. */
export function purgeCase(db: NotebookDb, id: string): void {
  db.prepare('DELETE FROM cases WHERE id = ?').run(id);
}

export function countLiveCases(db: NotebookDb): number {
  return db.prepare('SELECT count(*) FROM cases WHERE deleted_at IS NULL').pluck().get() as number;
}

export function liveCaseIds(db: NotebookDb): string[] {
  return db
    .prepare('SELECT id FROM cases WHERE deleted_at IS NULL ORDER BY updated_sort DESC, id DESC')
    .pluck()
    .all() as string[];
}

export interface CaseListFilter {
  readonly text?: string | undefined;
  readonly tag?: string | undefined;
  readonly status?: CaseStatus | undefined;
  readonly after?: { readonly updatedAt: string; readonly id: string } | undefined;
  readonly limit: number;
}

export interface CaseListRow {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly status: CaseStatus;
  readonly startedOn: string | null;
  readonly updatedAt: string;
}

/** Live cases, most recently updated first, one keyset page (limit + 1 rows tell whether more follow). */
export function listCases(db: NotebookDb, filter: CaseListFilter): CaseListRow[] {
  const where = ['c.deleted_at IS NULL'];
  const parameters: Record<string, string | number> = { limit: filter.limit };
  if (filter.status) {
    where.push('c.status = :status');
    parameters.status = filter.status;
  }
  if (filter.tag) {
    where.push(
      'EXISTS (SELECT 1 FROM case_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.case_id = c.id AND t.name = :tag)',
    );
    parameters.tag = filter.tag;
  }
  if (filter.text) {
    where.push(`(c.title LIKE :text ESCAPE '\\' OR c.summary LIKE :text ESCAPE '\\' OR c.slug LIKE :text ESCAPE '\\')`);
    parameters.text = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  if (filter.after) {
    where.push('(c.updated_sort < :afterSort OR (c.updated_sort = :afterSort AND c.id < :afterId))');
    parameters.afterSort = sortableTimestamp(filter.after.updatedAt);
    parameters.afterId = filter.after.id;
  }
  const rows = db
    .prepare(
      `SELECT c.id, c.slug, c.title, c.status, c.started_on, c.updated_at FROM cases c
       WHERE ${where.join(' AND ')} ORDER BY c.updated_sort DESC, c.id DESC LIMIT :limit`,
    )
    .all(parameters) as {
    id: string;
    slug: string;
    title: string;
    status: CaseStatus;
    started_on: string | null;
    updated_at: string;
  }[];
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    status: row.status,
    startedOn: row.started_on,
    updatedAt: row.updated_at,
  }));
}
