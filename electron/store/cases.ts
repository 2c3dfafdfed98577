import type { CaseSort } from '../../shared/contract/procedures.ts';
import type { CrisisCluster } from '../../shared/domain/codebook.ts';
import type { CaseOverview, CaseStatus } from '../../shared/domain/case-document.ts';
import { startedSortKey, titleSortKey } from './case-sort-keys.ts';
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
    started_sort: startedSortKey(fields.startedOn),
    title_sort: titleSortKey(fields.title),
  };
}

export function insertCase(db: NotebookDb, fields: CaseFields): void {
  db.prepare(
    `INSERT INTO cases (id, slug, title, summary, status, crisis_cluster, crisis_type, crisis_history, prior_reputation,
       industry, region, started_on, started_approx, ended_on, ended_approx, created_at, updated_at, updated_sort,
       started_sort, title_sort)
     VALUES (:id, :slug, :title, :summary, :status, :crisis_cluster, :crisis_type, :crisis_history, :prior_reputation,
       :industry, :region, :started_on, :started_approx, :ended_on, :ended_approx, :created_at, :updated_at, :updated_sort,
       :started_sort, :title_sort)`,
  ).run(rowParameters(fields));
}

export function updateCase(db: NotebookDb, fields: CaseFields): void {
  db.prepare(
    `UPDATE cases SET slug = :slug, title = :title, summary = :summary, status = :status, crisis_cluster = :crisis_cluster,
       crisis_type = :crisis_type, crisis_history = :crisis_history, prior_reputation = :prior_reputation, industry = :industry,
       region = :region, started_on = :started_on, started_approx = :started_approx, ended_on = :ended_on,
       ended_approx = :ended_approx, created_at = :created_at, updated_at = :updated_at, updated_sort = :updated_sort,
       started_sort = :started_sort, title_sort = :title_sort
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
  readonly cluster?: CrisisCluster | undefined;
  /** Cases whose start date falls in this year. */
  readonly year?: number | undefined;
  readonly sort: CaseSort;
  /** Keyset position: the sort key and id of the last case of the previous page (see CaseListRow.sortKey). */
  readonly after?: CaseListPosition | undefined;
  readonly limit: number;
}

export interface CaseListPosition {
  readonly key: string;
  readonly id: string;
}

export interface CaseListRow {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly status: CaseStatus;
  readonly startedOn: string | null;
  readonly startedApprox: boolean;
  readonly endedOn: string | null;
  readonly crisisCluster: CrisisCluster | null;
  readonly crisisType: string | null;
  readonly updatedAt: string;
  /** The value of this case's sort column, for the next page's keyset position. */
  readonly sortKey: string;
}

interface CaseOrder {
  readonly column: string;
  readonly direction: 'ASC' | 'DESC';
}

/** Each order has a partial index (migrations 001 and 002) matching this column, direction and id. */
const ORDERS: Record<CaseSort, CaseOrder> = {
  updated: { column: 'updated_sort', direction: 'DESC' },
  started: { column: 'started_sort', direction: 'DESC' },
  title: { column: 'title_sort', direction: 'ASC' },
};

/** The key the updated order stores for a timestamp (for the older `after` cursor of cases.list). */
export function updatedSortKey(updatedAt: string): string {
  return sortableTimestamp(updatedAt);
}

/** Live cases in the order asked, one keyset page (ask for limit + 1 rows to learn whether more follow). */
export function listCases(db: NotebookDb, filter: CaseListFilter): CaseListRow[] {
  const order = ORDERS[filter.sort];
  const where = ['c.deleted_at IS NULL'];
  const parameters: Record<string, string | number> = { limit: filter.limit };
  if (filter.status) {
    where.push('c.status = :status');
    parameters.status = filter.status;
  }
  if (filter.cluster) {
    where.push('c.crisis_cluster = :cluster');
    parameters.cluster = filter.cluster;
  }
  if (filter.year !== undefined) {
    // Keys of dates in year Y are 'YYYY' or 'YYYY-…', all below 'YYYY.' since '-' < '.': an index range.
    where.push('c.started_sort >= :year AND c.started_sort < :yearEnd');
    parameters.year = String(filter.year).padStart(4, '0');
    parameters.yearEnd = `${parameters.year}.`;
  }
  if (filter.tag) {
    where.push(
      'EXISTS (SELECT 1 FROM case_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.case_id = c.id AND t.name = :tag)',
    );
    parameters.tag = filter.tag;
  }
  if (filter.text) {
    const needle = titleSortKey(filter.text);
    where.push(
      `(instr(c.title_sort, :needle) > 0
        OR EXISTS (SELECT 1 FROM case_tags ct WHERE ct.case_id = c.id AND ct.tag_id IN (SELECT value FROM json_each(:tagIds))))`,
    );
    parameters.needle = needle;
    parameters.tagIds = JSON.stringify(tagIdsContaining(db, needle));
  }
  if (filter.after) {
    const beyond = order.direction === 'DESC' ? '<' : '>';
    where.push(
      `(c.${order.column} ${beyond} :afterKey OR (c.${order.column} = :afterKey AND c.id ${beyond} :afterId))`,
    );
    parameters.afterKey = filter.after.key;
    parameters.afterId = filter.after.id;
  }
  const rows = db
    .prepare(
      `SELECT c.id, c.slug, c.title, c.status, c.started_on, c.started_approx, c.ended_on, c.crisis_cluster, c.crisis_type,
         c.updated_at, c.${order.column} AS sort_key
       FROM cases c
       WHERE ${where.join(' AND ')}
       ORDER BY c.${order.column} ${order.direction}, c.id ${order.direction} LIMIT :limit`,
    )
    .all(parameters) as {
    id: string;
    slug: string;
    title: string;
    status: CaseStatus;
    started_on: string | null;
    started_approx: number;
    ended_on: string | null;
    crisis_cluster: CrisisCluster | null;
    crisis_type: string | null;
    updated_at: string;
    sort_key: string;
  }[];
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    status: row.status,
    startedOn: row.started_on,
    startedApprox: fromFlag(row.started_approx),
    endedOn: row.ended_on,
    crisisCluster: row.crisis_cluster,
    crisisType: row.crisis_type,
    updatedAt: row.updated_at,
    sortKey: row.sort_key,
  }));
}

/** Ids of the tags whose name contains the (already case-folded) text; a notebook has few tags. */
function tagIdsContaining(db: NotebookDb, needle: string): string[] {
  const tags = db.prepare('SELECT id, name FROM tags').all() as { id: string; name: string }[];
  return tags.filter((tag) => titleSortKey(tag.name).includes(needle)).map((tag) => tag.id);
}
