/**
 * sources.captureUrl in two steps: `prepareCaptureUrl` fetches the page over the network, outside any
 * transaction; `captureUrl` then writes, in the dispatch's one transaction, either a source with its
 * snapshot or, when the page could not be had, the address alone so it can be captured later.
 */
import type { ParsedRequestOf, ResponseOf } from '../../../shared/contract/procedures.ts';
import type { Source } from '../../../shared/domain/case-document.ts';
import { inReadTransaction, type NotebookDb } from '../../store/database.ts';
import { newId, nowTimestamp } from '../../store/ids.ts';
import {
  findSourceByNormalizedUrl,
  insertSource,
  putSnapshot,
  updateSource,
  type SourceFields,
} from '../../store/sources.ts';
import { addSourceFromFile, prepareSourceFile, type PreparedSourceFile } from '../add-from-file.ts';
import { invalid } from '../errors.ts';
import { normalizedUrlOf, requireLiveSource, restoreSource } from '../sources.ts';
import { snapshotFromHtml, type CapturedMetadata } from './capture.ts';
import { fetchPage, type FetchedPage, type FetchPageOptions } from './fetch-page.ts';
import { webAddressProblem } from './web-address.ts';

export interface PreparedCapture {
  /** The address as the person gave it (or the source has it): what the source keeps. */
  readonly url: string;
  readonly sourceId: string | null;
  readonly fetched: FetchedPage;
  /** A PDF, read as sources.addFromFile reads a dropped one. */
  readonly file: {
    readonly request: ParsedRequestOf<'sources.addFromFile'>;
    readonly prepared: PreparedSourceFile;
  } | null;
}

type CaptureResponse = ResponseOf<'sources.captureUrl'>;

/** Checks the request and fetches the page. Holds no transaction while it waits on the network. */
export async function prepareCaptureUrl(
  db: NotebookDb,
  request: ParsedRequestOf<'sources.captureUrl'>,
  options: FetchPageOptions = {},
): Promise<PreparedCapture> {
  let url: string;
  let field: 'url' | 'sourceId' = 'url';
  const sourceId = request.sourceId ?? null;
  if (sourceId !== null) {
    field = 'sourceId';
    const source = inReadTransaction(db, () => requireLiveSource(db, sourceId));
    if (!source.url)
      throw invalid('sourceId', `the source "${source.title}" has no address to capture; add one first.`);
    url = source.url;
  } else {
    url = (request.url ?? '').trim();
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid(field, `"${url.slice(0, 200)}" is not a web address; it should start with https:// or http://.`);
  }
  const problem = webAddressProblem(parsed);
  if (problem) throw invalid(field, problem);
  parsed.hash = '';
  const fetched = await fetchPage(parsed.href, options);
  if (fetched.kind !== 'pdf') return { url, sourceId, fetched, file: null };
  const fileRequest: ParsedRequestOf<'sources.addFromFile'> = {
    fileName: pdfFileName(fetched.finalUrl),
    mediaType: 'application/pdf',
    base64: Buffer.from(fetched.bytes).toString('base64'),
    url,
  };
  try {
    return { url, sourceId, fetched, file: { request: fileRequest, prepared: await prepareSourceFile(fileRequest) } };
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^base64: /, '') : String(error);
    return {
      url,
      sourceId,
      fetched: { kind: 'failed', message: `The address is a PDF that could not be read: ${reason}` },
      file: null,
    };
  }
}

/** Writes what the fetch gave: the source with its new snapshot, or the address kept for later. */
export function captureUrl(
  db: NotebookDb,
  _request: ParsedRequestOf<'sources.captureUrl'>,
  prepared: PreparedCapture,
): CaptureResponse {
  const now = nowTimestamp();
  const warnings: string[] = [];
  const { fetched } = prepared;
  if (fetched.kind === 'pdf' && prepared.file) {
    if (prepared.sourceId !== null) requireLiveSource(db, prepared.sourceId);
    return capturePdf(db, prepared.file, prepared.sourceId, fetched, warnings);
  }
  const target = targetSource(db, prepared, warnings);
  const normalized = normalizedUrlOf(target?.url ?? prepared.url);
  if (fetched.kind !== 'page') {
    let sourceId: string;
    if (target) {
      sourceId = target.id;
    } else {
      sourceId = newId();
      insertSource(db, placeholderFields(sourceId, prepared.url), normalized, now);
    }
    const kept = target?.snapshot
      ? 'The source keeps its earlier snapshot.'
      : 'The address is kept so the page can be captured later.';
    return {
      source: requireLiveSource(db, sourceId),
      merged: target !== null,
      outcome: fetched.kind === 'offline' ? 'offline' : 'failed',
      message: `${'message' in fetched ? fetched.message : 'The PDF could not be read.'} ${kept}`,
      warnings,
    };
  }

  const capture = snapshotFromHtml({ bytes: fetched.bytes, url: prepared.url, contentType: fetched.contentType }, now);
  warnings.push(...capture.warnings);
  if (fetched.redirects.length > 0) {
    warnings.push(`The address redirected to ${fetched.finalUrl}; the source keeps the address you gave.`);
  }
  const today = localDate(new Date());
  let sourceId: string;
  if (target) {
    sourceId = target.id;
    if (target.snapshot) warnings.push(`This replaces the snapshot captured at ${target.snapshot.capturedAt}.`);
    updateSource(db, { ...fillEmptyFields(target, capture.metadata), accessedOn: today }, normalized, now);
  } else {
    sourceId = newId();
    const fields = { ...placeholderFields(sourceId, prepared.url), accessedOn: today };
    insertSource(db, fillEmptyFields(fields, capture.metadata), normalized, now);
  }
  putSnapshot(db, sourceId, capture.snapshot, capture.original);
  return {
    source: requireLiveSource(db, sourceId),
    merged: target !== null,
    outcome: 'captured',
    message: null,
    warnings,
  };
}

/** A PDF goes into the library as a dropped PDF would (file kept, text extracted), accessed today. */
function capturePdf(
  db: NotebookDb,
  file: NonNullable<PreparedCapture['file']>,
  sourceId: string | null,
  fetched: Extract<FetchedPage, { kind: 'pdf' }>,
  warnings: string[],
): CaptureResponse {
  const added = addSourceFromFile(db, file.request, file.prepared);
  warnings.push(...added.warnings);
  if (fetched.redirects.length > 0) {
    warnings.push(`The address redirected to ${fetched.finalUrl}; the source keeps the address you gave.`);
  }
  if (sourceId !== null && added.source.id !== sourceId) {
    warnings.push(`This PDF was already in the library as “${added.source.title}”; it was not added again.`);
  }
  const { snapshot: _snapshot, ...fields } = added.source;
  const pdfTitle = file.prepared.kind === 'file' ? file.prepared.pdf?.title?.trim() : undefined;
  const title =
    fields.url !== null && fields.title === placeholderTitle(fields.url) && pdfTitle
      ? pdfTitle.slice(0, 500)
      : fields.title;
  updateSource(
    db,
    { ...fields, title, accessedOn: localDate(new Date()) },
    normalizedUrlOf(fields.url),
    nowTimestamp(),
  );
  return {
    source: requireLiveSource(db, added.source.id),
    merged: added.merged,
    outcome: 'captured',
    message: null,
    warnings,
  };
}

/** The source to capture into: the one asked for, or the one that already has this address (back from the trash). */
function targetSource(db: NotebookDb, prepared: PreparedCapture, warnings: string[]): Source | null {
  if (prepared.sourceId !== null) return requireLiveSource(db, prepared.sourceId);
  const normalized = normalizedUrlOf(prepared.url);
  const existing = normalized === null ? undefined : findSourceByNormalizedUrl(db, normalized);
  if (!existing) return null;
  if (existing.deletedAt !== null) {
    restoreSource(db, existing.source.id);
    warnings.push(`The source "${existing.source.title}" was in the trash; it is back in the library.`);
  }
  return requireLiveSource(db, existing.source.id);
}

/** A source holding only the address, titled with its host and path until the page is captured. */
function placeholderFields(id: string, url: string): SourceFields {
  return {
    id,
    url,
    title: placeholderTitle(url),
    publisher: null,
    authors: [],
    kind: 'other',
    publishedOn: null,
    accessedOn: null,
    language: null,
    reliability: null,
    credibility: null,
    note: null,
  };
}

function placeholderTitle(url: string): string {
  try {
    const parsed = new URL(url);
    const title = `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
    return title.length > 500 ? `${title.slice(0, 499)}…` : title;
  } catch {
    return url.slice(0, 500);
  }
}

/** The source as a person left it, with only its empty fields (and a placeholder title) taken from the page. */
function fillEmptyFields(current: SourceFields, metadata: CapturedMetadata): SourceFields {
  const { snapshot: _snapshot, ...fields } = current as Source;
  const hasPlaceholderTitle = current.url !== null && current.title === placeholderTitle(current.url);
  return {
    ...fields,
    title: hasPlaceholderTitle && metadata.title !== metadata.url ? metadata.title : current.title,
    publisher: current.publisher ?? metadata.publisher,
    authors: current.authors.length > 0 ? current.authors : [...metadata.authors],
    kind: hasPlaceholderTitle && current.kind === 'other' && metadata.kind ? metadata.kind : current.kind,
    publishedOn: current.publishedOn ?? metadata.publishedOn,
    language: current.language ?? metadata.language,
  };
}

function pdfFileName(url: string): string {
  try {
    const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '').trim();
    if (last === '') return 'document.pdf';
    return /\.pdf$/i.test(last) ? last : `${last}.pdf`;
  } catch {
    return 'document.pdf';
  }
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
