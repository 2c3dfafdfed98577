import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import type { CaseOverview } from '../../shared/domain/case-document.ts';
import { clusterOfCrisisType } from '../../shared/domain/codebook.ts';
import { NARRATIVE_FORMAT_VERSION } from '../../shared/domain/case-document.ts';
import {
  getCase,
  insertCase,
  listCases as listCaseRows,
  setCaseDeleted,
  slugTaken,
  updateCase as storeCaseUpdate,
  updatedSortKey,
  type CaseFields,
  type CaseListPosition,
} from '../store/cases.ts';
import type { NotebookDb } from '../store/database.ts';
import { newId, nowTimestamp } from '../store/ids.ts';
import { putNarrative } from '../store/narratives.ts';
import { setCaseTags, tagsOfCase, tagsOfCases } from '../store/tags.ts';
import { insertTrashEntry } from '../store/trash.ts';
import { decodeCaseCursor, encodeCaseCursor } from './case-list-cursor.ts';
import { checkCode } from './codes.ts';
import { definedEntries } from './defined.ts';
import { conflict, invalid, notFound } from './errors.ts';
import { requireLiveCase } from './guards.ts';
import { slugify, uniqueSlug } from './slugs.ts';
import { fillCaseFromTemplate, templateById, usableCrisisType } from './templates.ts';

export const UNTITLED_CASE = 'Untitled case';

export function listCases(db: NotebookDb, filter: ParsedRequestOf<'cases.list'>): ResponseOf<'cases.list'> {
  const rows = listCaseRows(db, {
    text: filter.query?.trim(),
    tag: filter.tag?.trim(),
    status: filter.status,
    cluster: filter.cluster,
    year: filter.year,
    sort: filter.sort,
    after: startPosition(filter),
    limit: filter.limit + 1,
  });
  const page = rows.slice(0, filter.limit);
  const tags = tagsOfCases(
    db,
    page.map((row) => row.id),
  );
  const hasMore = rows.length > filter.limit;
  const last = page.at(-1);
  return {
    cases: page.map(({ sortKey: _key, ...row }) => ({ ...row, tags: tags.get(row.id) ?? [] })),
    hasMore,
    nextCursor: hasMore && last ? encodeCaseCursor(filter.sort, { key: last.sortKey, id: last.id }) : null,
  };
}

/** Where a page starts: after the opaque cursor, or after the older {updatedAt, id} of the updated order. */
function startPosition(filter: ParsedRequestOf<'cases.list'>): CaseListPosition | undefined {
  if (filter.cursor !== undefined && filter.after !== undefined) {
    throw invalid('cursor', 'give either cursor or after, not both');
  }
  if (filter.cursor !== undefined) return decodeCaseCursor(filter.cursor, filter.sort);
  if (filter.after === undefined) return undefined;
  if (filter.sort !== 'updated')
    throw invalid('after', `only pages the "updated" order; use cursor for "${filter.sort}"`);
  return { key: updatedSortKey(filter.after.updatedAt), id: filter.after.id };
}

/** The overview of a live case, tags included. */
export function getCaseOverview(db: NotebookDb, id: string): CaseOverview {
  const found = getCase(db, id);
  if (!found || found.deletedAt !== null) throw notFound('case', id);
  return { ...found.fields, tags: tagsOfCase(db, id) };
}

export function createCase(db: NotebookDb, request: ParsedRequestOf<'cases.create'>): ResponseOf<'cases.create'> {
  const template = request.templateId === undefined ? null : templateById(db, request.templateId);
  const title = request.title?.trim() || template?.body.titlePlaceholder || template?.name || UNTITLED_CASE;
  const crisisType = template ? usableCrisisType(db, template.body) : null;
  const at = nowTimestamp();
  const fields: CaseFields = {
    id: newId(),
    slug: uniqueSlug(db, slugify(title)),
    title,
    summary: template?.body.summaryPrompt ?? '',
    status: 'draft',
    crisisCluster: crisisType === null ? null : clusterOfCrisisType(crisisType),
    crisisType,
    crisisHistory: null,
    priorReputation: null,
    industry: null,
    region: null,
    startedOn: null,
    startedApprox: false,
    endedOn: null,
    endedApprox: false,
    createdAt: at,
    updatedAt: at,
  };
  insertCase(db, fields);
  putNarrative(db, fields.id, { formatVersion: NARRATIVE_FORMAT_VERSION, lexical: null, text: '' }, at);
  if (template === null) return { ...fields, tags: [] };
  fillCaseFromTemplate(db, fields.id, template.body, at);
  return { ...fields, tags: tagsOfCase(db, fields.id) };
}

export function updateCase(db: NotebookDb, request: ParsedRequestOf<'cases.update'>): ResponseOf<'cases.update'> {
  const current = requireLiveCase(db, request.id).fields;
  const { tags, ...patch } = definedEntries(request.patch);
  if (patch.slug !== undefined && patch.slug !== current.slug && slugTaken(db, patch.slug)) {
    throw conflict(`patch.slug: "${patch.slug}" is already the slug of another case.`);
  }
  checkCode(db, 'crisis-type', patch.crisisType, 'patch.crisisType', current.crisisType);
  if (patch.crisisType && patch.crisisCluster === undefined) {
    const cluster = clusterOfCrisisType(patch.crisisType);
    if (cluster) patch.crisisCluster = cluster;
  }
  const updated: CaseFields = {
    ...current,
    ...patch,
    id: current.id,
    createdAt: current.createdAt,
    updatedAt: nowTimestamp(),
  };
  storeCaseUpdate(db, updated);
  if (tags !== undefined) setCaseTags(db, current.id, dedupeTags(tags));
  return { ...updated, tags: tagsOfCase(db, current.id) };
}

export function deleteCase(db: NotebookDb, request: ParsedRequestOf<'cases.delete'>): ResponseOf<'cases.delete'> {
  const found = requireLiveCase(db, request.id);
  const at = nowTimestamp();
  const trashId = newId();
  setCaseDeleted(db, request.id, at);
  insertTrashEntry(db, {
    id: trashId,
    kind: 'case',
    itemId: request.id,
    caseId: request.id,
    label: found.fields.title,
    deletedAt: at,
  });
  return { trashId };
}

/** Tags named twice (ignoring case) count once; the first spelling wins. */
export function dedupeTags<T extends { name: string }>(tags: readonly T[]): T[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.name.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
