/**
 * sources.addFromFile in two steps: `prepareSourceFile` checks the file and reads a PDF's text (pdf.js is
 * asynchronous), outside any transaction; `addSourceFromFile` then writes, in the dispatch's one
 * transaction. A saved page (.html, .htm, .mhtml) goes through the snapshot pipeline like sources.addFromHtml.
 */
import { createHash } from 'node:crypto';
import { MAX_ATTACHMENT_BYTES, type ParsedRequestOf, type ResponseOf } from '../../shared/contract/procedures.ts';
import { CasebookError } from '../../shared/contract/result.ts';
import { sourceSchema, type Snapshot, type SourceKind } from '../../shared/domain/case-document.ts';
import { MAX_NARRATIVE_BYTES, utf8ByteLength } from '../../shared/domain/text-limits.ts';
import type { NotebookDb } from '../store/database.ts';
import { newId, nowTimestamp } from '../store/ids.ts';
import { findSourceBySha256, putSourceFile } from '../store/source-files.ts';
import {
  findSourceByNormalizedUrl,
  insertSource,
  putSnapshot,
  updateSource,
  type SourceFields,
} from '../store/sources.ts';
import { invalid } from './errors.ts';
import { extractPdfText, type PdfText } from './pdf-text.ts';
import { addSourceFromHtml } from './snapshots/add-from-html.ts';
import { absoluteHttpUrl } from './snapshots/extract-article.ts';
import { htmlToText } from './snapshots/html-to-text.ts';
import { languageTag } from './snapshots/language-tag.ts';
import { decodeMhtml } from './snapshots/mhtml.ts';
import { sanitizeHtml } from './snapshots/sanitize.ts';
import { sha256Hex } from './snapshots/sha256.ts';
import { normalizedUrlOf, requireLiveSource, restoreSource } from './sources.ts';
import { isStoredFileType, sourceFileType, type SourceFileMediaType } from './source-file-type.ts';

type Request = ParsedRequestOf<'sources.addFromFile'>;
type Response = ResponseOf<'sources.addFromFile'>;

export type PreparedSourceFile =
  | { readonly kind: 'page'; readonly bytes: Buffer; readonly mhtml: boolean }
  | {
      readonly kind: 'file';
      readonly bytes: Buffer;
      readonly mediaType: SourceFileMediaType;
      readonly pdf: PdfText | null;
    };

/** Checks the file (size, type by its bytes) and, for a PDF, reads its text and metadata. */
export async function prepareSourceFile(request: Request): Promise<PreparedSourceFile> {
  const bytes = Buffer.from(request.base64, 'base64');
  if (bytes.toString('base64').replace(/=+$/, '') !== request.base64.replace(/=+$/, '')) {
    throw invalid('base64', 'is not base64 (its length or padding is wrong)');
  }
  if (bytes.byteLength === 0) throw invalid('base64', `“${request.fileName}” is empty.`);
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    throw new CasebookError(
      'too-large',
      `base64: the file is ${bytes.byteLength.toLocaleString('en')} bytes; at most ${MAX_ATTACHMENT_BYTES.toLocaleString('en')} bytes (20 MB) can be stored.`,
    );
  }
  if (request.url?.trim() && absoluteHttpUrl(request.url.trim(), null) === null) {
    throw invalid('url', `"${request.url.trim().slice(0, 200)}" is not an http or https address.`);
  }
  const type = sourceFileType(bytes, request.fileName, request.mediaType);
  if (!isStoredFileType(type)) return { kind: 'page', bytes, mhtml: type === 'multipart/related' };
  const pdf = type === 'application/pdf' ? await extractPdfText(bytes) : null;
  return { kind: 'file', bytes, mediaType: type, pdf };
}

/** Writes the prepared file as a source (see the module comment); one transaction, the dispatch's. */
export function addSourceFromFile(db: NotebookDb, request: Request, prepared: PreparedSourceFile): Response {
  if (prepared.kind === 'page') return addSavedPage(db, request, prepared);
  const url = request.url?.trim() || null;
  const sha256 = createHash('sha256').update(prepared.bytes).digest('hex');
  const warnings: string[] = [];

  const sameFile = findSourceBySha256(db, sha256);
  const sameUrl = url === null ? undefined : findSourceByNormalizedUrl(db, normalizedUrlOf(url) ?? '');
  const existing = sameFile ?? sameUrl;
  const derived = describeFile(request, prepared, warnings);
  const now = nowTimestamp();
  let sourceId: string;
  if (existing) {
    sourceId = existing.source.id;
    if (existing.deletedAt !== null) {
      restoreSource(db, sourceId);
      warnings.push(`The source “${existing.source.title}” was in the trash; it is back in the library.`);
    }
    if (sameFile) {
      warnings.push(`This file is already in the library as “${existing.source.title}”.`);
      return { source: requireLiveSource(db, sourceId), merged: true, warnings };
    }
    const current = existing.source;
    const filled: SourceFields = {
      ...current,
      publisher: current.publisher ?? derived.publisher,
      authors: current.authors.length > 0 ? current.authors : derived.authors,
      publishedOn: current.publishedOn ?? derived.publishedOn,
      language: current.language ?? derived.language,
    };
    updateSource(db, filled, normalizedUrlOf(current.url), now);
  } else {
    sourceId = newId();
    insertSource(db, { ...derived, id: sourceId, url }, normalizedUrlOf(url), now);
  }
  const snapshot = snapshotOfFile(request, prepared, now);
  const previous = existing ? requireLiveSource(db, sourceId).snapshot : null;
  if (snapshot && previous) warnings.push(`This replaces the snapshot captured at ${previous.capturedAt}.`);
  if (snapshot) putSnapshot(db, sourceId, snapshot);
  else if (prepared.pdf) {
    warnings.push('This PDF has no text layer (a scan?): the file is kept, but its text cannot be searched or quoted.');
  }
  putSourceFile(db, {
    sourceId,
    fileName: baseName(request.fileName) || 'file',
    mediaType: prepared.mediaType,
    bytes: prepared.bytes,
    sha256,
    altText: request.altText?.trim() || null,
    createdAt: now,
  });
  return { source: requireLiveSource(db, sourceId), merged: existing !== undefined, warnings };
}

function addSavedPage(
  db: NotebookDb,
  request: Request,
  prepared: Extract<PreparedSourceFile, { kind: 'page' }>,
): Response {
  const url = request.url?.trim() || null;
  const fileName = request.fileName;
  let added;
  if (prepared.mhtml) {
    const page = decodeMhtml(prepared.bytes);
    added = addSourceFromHtml(db, { html: page.html, url: url ?? page.url, fileName });
  } else {
    added = addSourceFromHtml(db, { bytes: prepared.bytes, url, fileName, contentType: request.mediaType ?? null });
  }
  const title = request.title?.trim();
  if (title && !added.merged) {
    const { snapshot: _kept, ...fields } = added.source;
    updateSource(db, { ...fields, title }, normalizedUrlOf(fields.url), nowTimestamp());
    return { source: requireLiveSource(db, added.source.id), merged: false, warnings: added.warnings };
  }
  return { source: added.source, merged: added.merged, warnings: added.warnings };
}

const baseName = (fileName: string): string => fileName.trim().replace(/^.*[\\/]/, '');
const withoutExtension = (fileName: string): string =>
  baseName(fileName)
    .replace(/\.[A-Za-z0-9]+$/, '')
    .trim();

function clip(text: string, maxBytes: number): string {
  if (utf8ByteLength(text) <= maxBytes) return text;
  let cut = Math.min(text.length, maxBytes);
  while (cut > 0 && utf8ByteLength(text.slice(0, cut)) > maxBytes - 3) cut = Math.floor(cut * 0.9);
  return `${text.slice(0, cut)}…`;
}

/** The source's fields from the request, the PDF's metadata, or the file's name, in that order. */
function describeFile(
  request: Request,
  prepared: Extract<PreparedSourceFile, { kind: 'file' }>,
  warnings: string[],
): Omit<SourceFields, 'id' | 'url'> {
  const pdf = prepared.pdf;
  const kind: SourceKind = pdf ? 'report' : 'social-post';
  const title =
    request.title?.trim() ||
    pdf?.title ||
    (pdf ? null : request.caption?.trim()) ||
    withoutExtension(request.fileName) ||
    (pdf ? 'Untitled PDF' : 'Untitled image');
  const language = languageTag(pdf?.language);
  if (pdf?.language && language === null)
    warnings.push(`The PDF's language "${pdf.language.slice(0, 40)}" is not a language tag; it was left out.`);
  const { snapshot: _none, ...fields } = sourceSchema.parse({
    id: 'new',
    title: clip(title.replace(/\s+/g, ' '), 2000),
    authors: (pdf?.authors ?? []).map((author) => clip(author, 500)),
    kind,
    publishedOn: pdf?.createdOn ?? null,
    language,
  });
  const { id: _id, url: _url, ...rest } = fields;
  return rest;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Paragraphs (separated by blank lines) as escaped <p> elements, the lines of each kept with <br>. */
function paragraphsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

/**
 * The searchable, quotable text of the file as a snapshot: a PDF's pages, or an image's caption and alt
 * text. Null when there is no text (a scanned PDF, an image without caption or alt text).
 */
function snapshotOfFile(
  request: Request,
  prepared: Extract<PreparedSourceFile, { kind: 'file' }>,
  capturedAt: string,
): Snapshot | null {
  const parts = prepared.pdf
    ? prepared.pdf.pages.filter((page) => page.trim() !== '')
    : [request.caption?.trim(), request.altText?.trim()].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return null;
  const source = clip(parts.join('\n\n'), MAX_NARRATIVE_BYTES / 2);
  const html = sanitizeHtml(`<article>${paragraphsHtml(source)}</article>`);
  const text = htmlToText(html);
  if (text === '') return null;
  return { sha256: sha256Hex(html), capturedAt, text, html };
}
