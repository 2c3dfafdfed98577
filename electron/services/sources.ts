import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { sourceSchema, type Source } from '../../shared/domain/case-document.ts';
import { normalizeUrl } from '../../shared/domain/url.ts';
import type { NotebookDb } from '../store/database.ts';
import { newId, nowTimestamp } from '../store/ids.ts';
import {
  findSourceByNormalizedUrl,
  getSnapshot,
  getSource,
  insertSource,
  setSourceDeleted,
  updateSource as storeUpdate,
  type SourceFields,
} from '../store/sources.ts';
import { deleteTrashEntryForItem, insertTrashEntry } from '../store/trash.ts';
import { definedEntries } from './defined.ts';
import { conflict, notFound } from './errors.ts';

export function normalizedUrlOf(url: string | null): string | null {
  return url === null ? null : normalizeUrl(url);
}

/** A live source with its snapshot. */
export function requireLiveSource(db: NotebookDb, id: string): Source {
  const found = getSource(db, id);
  if (!found || found.deletedAt !== null) throw notFound('source', id);
  return { ...found.source, snapshot: getSnapshot(db, id) };
}

export function getSourceById(db: NotebookDb, request: ParsedRequestOf<'sources.get'>): ResponseOf<'sources.get'> {
  return requireLiveSource(db, request.id);
}

/** Brings a trashed source back (it keeps its citations). */
export function restoreSource(db: NotebookDb, id: string): void {
  setSourceDeleted(db, id, null);
  deleteTrashEntryForItem(db, 'source', id);
}

/**
 * Adds a source to the notebook's library, or, when a source with the same normalized URL is already
 * there (even in the trash), returns that one with merged: true.
 */
export function createSource(db: NotebookDb, request: ParsedRequestOf<'sources.create'>): ResponseOf<'sources.create'> {
  const source = sourceSchema.parse({ ...definedEntries(request.fields), id: newId() });
  const normalized = normalizedUrlOf(source.url);
  if (normalized !== null) {
    const existing = findSourceByNormalizedUrl(db, normalized);
    if (existing) {
      if (existing.deletedAt !== null) restoreSource(db, existing.source.id);
      return { source: requireLiveSource(db, existing.source.id), merged: true };
    }
  }
  const { snapshot: _none, ...fields } = source;
  insertSource(db, fields, normalized, nowTimestamp());
  return { source, merged: false };
}

export function updateSource(db: NotebookDb, request: ParsedRequestOf<'sources.update'>): ResponseOf<'sources.update'> {
  const { snapshot, ...current } = requireLiveSource(db, request.id);
  const updated: SourceFields = { ...current, ...definedEntries(request.patch), id: current.id };
  const normalized = normalizedUrlOf(updated.url);
  if (normalized !== null) {
    const other = findSourceByNormalizedUrl(db, normalized);
    if (other && other.source.id !== current.id) {
      throw conflict(`patch.url: the source "${other.source.title}" (${other.source.id}) already has this address.`);
    }
  }
  storeUpdate(db, updated, normalized, nowTimestamp());
  return { ...updated, snapshot };
}

export function deleteSource(db: NotebookDb, request: ParsedRequestOf<'sources.delete'>): ResponseOf<'sources.delete'> {
  const source = requireLiveSource(db, request.id);
  const at = nowTimestamp();
  const trashId = newId();
  setSourceDeleted(db, request.id, at);
  insertTrashEntry(db, {
    id: trashId,
    kind: 'source',
    itemId: request.id,
    caseId: null,
    label: source.title,
    deletedAt: at,
  });
  return { trashId };
}
