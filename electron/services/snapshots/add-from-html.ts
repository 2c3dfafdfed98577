import { sourceSchema, type Source } from '../../../shared/domain/case-document.ts';
import type { NotebookDb } from '../../store/database.ts';
import { newId, nowTimestamp } from '../../store/ids.ts';
import {
  findSourceByNormalizedUrl,
  insertSource,
  putSnapshot,
  updateSource,
  type SourceFields,
} from '../../store/sources.ts';
import { normalizedUrlOf, requireLiveSource, restoreSource } from '../sources.ts';
import { snapshotFromHtml, type Capture, type CaptureInput, type CapturedMetadata } from './capture.ts';

export interface AddedFromHtml {
  readonly source: Source;
  /** True when the page's address matched a source already in the library, which got the snapshot. */
  readonly merged: boolean;
  readonly excerpt: string | null;
  readonly warnings: string[];
}

/**
 * Adds a saved page to the library as a source with its snapshot, in the caller's transaction. A page
 * whose normalized URL is already in the library (even in the trash) goes to that source: its EMPTY fields
 * are filled from the page, never the ones a person entered, and its snapshot is replaced by the new one.
 */
export function addSourceFromHtml(
  db: NotebookDb,
  input: CaptureInput,
  /** The snapshot already made from `input` off the main thread (an article import's worker). */
  capture: Capture = snapshotFromHtml(input),
): AddedFromHtml {
  const warnings = [...capture.warnings];
  const normalized = normalizedUrlOf(capture.metadata.url);
  const existing = normalized === null ? undefined : findSourceByNormalizedUrl(db, normalized);
  let sourceId: string;
  if (existing) {
    sourceId = existing.source.id;
    if (existing.deletedAt !== null) {
      restoreSource(db, sourceId);
      warnings.push(
        `The source "${existing.source.title}" was in the trash; it is back in the library with the new snapshot.`,
      );
    }
    const previous = requireLiveSource(db, sourceId).snapshot;
    if (previous) warnings.push(`This replaces the snapshot captured at ${previous.capturedAt}.`);
    updateSource(db, fillEmptyFields(existing.source, capture.metadata), normalized, nowTimestamp());
  } else {
    sourceId = newId();
    insertSource(db, newSourceFields(sourceId, capture.metadata), normalized, nowTimestamp());
  }
  putSnapshot(db, sourceId, capture.snapshot, capture.original);
  return {
    source: requireLiveSource(db, sourceId),
    merged: existing !== undefined,
    excerpt: capture.metadata.excerpt,
    warnings,
  };
}

function newSourceFields(id: string, metadata: CapturedMetadata): SourceFields {
  const { snapshot: _none, ...fields } = sourceSchema.parse({
    id,
    url: metadata.url,
    title: metadata.title,
    publisher: metadata.publisher,
    authors: metadata.authors,
    kind: metadata.kind ?? 'other',
    publishedOn: metadata.publishedOn,
    language: metadata.language,
  });
  return fields;
}

/** The source as a person left it, with only its empty fields taken from the page. */
function fillEmptyFields(current: SourceFields, metadata: CapturedMetadata): SourceFields {
  return {
    ...current,
    publisher: current.publisher ?? metadata.publisher,
    authors: current.authors.length > 0 ? current.authors : [...metadata.authors],
    publishedOn: current.publishedOn ?? metadata.publishedOn,
    language: current.language ?? metadata.language,
  };
}
