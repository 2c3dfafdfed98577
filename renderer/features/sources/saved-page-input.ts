import { MAX_ATTACHMENT_BYTES } from '../../../shared/contract/procedures.ts';
import type { RequestOf } from '../../../shared/contract/procedures.ts';

/** What a dropped or chosen file becomes: a saved page, a PDF, an image, or a file of references. */
export type FileRole =
  | { readonly role: 'page' }
  | { readonly role: 'pdf' }
  | { readonly role: 'image'; readonly mediaType: string }
  | { readonly role: 'references'; readonly format: NonNullable<RequestOf<'sources.importReferences'>['format']> };

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

export const ACCEPTED_FILES = '.html,.htm,.mhtml,.mht,.pdf,.png,.jpg,.jpeg,.gif,.webp,.bib,.ris,.json';
export const ACCEPTED_FILES_TEXT = '.html, .htm, .mhtml, .pdf, an image, or .bib, .ris, .json references';

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The role of a file by its extension (then its media type); null when Casebook cannot take it. */
export function fileRole(fileName: string, mediaType = ''): FileRole | null {
  const extension = extensionOf(fileName);
  if (['html', 'htm', 'mhtml', 'mht', 'xhtml'].includes(extension)) return { role: 'page' };
  if (extension === 'pdf' || mediaType === 'application/pdf') return { role: 'pdf' };
  const image = IMAGE_TYPES[extension] ?? (Object.values(IMAGE_TYPES).includes(mediaType) ? mediaType : undefined);
  if (image) return { role: 'image', mediaType: image };
  if (extension === 'bib' || extension === 'bibtex') return { role: 'references', format: 'bibtex' };
  if (extension === 'ris') return { role: 'references', format: 'ris' };
  if (extension === 'json') return { role: 'references', format: 'csl-json' };
  if (mediaType === 'text/html' || mediaType === 'multipart/related') return { role: 'page' };
  return null;
}

export function unsupportedFileMessage(fileName: string): string {
  return `“${fileName}” is not a file Casebook can add. Use ${ACCEPTED_FILES_TEXT}.`;
}

export function tooLargeMessage(fileName: string, bytes: number): string | null {
  if (bytes <= MAX_ATTACHMENT_BYTES) return null;
  const megabytes = (limit: number) => `${Math.round(limit / 1024 / 1024)} MB`;
  return `“${fileName}” is ${megabytes(bytes)}; a source file can be at most ${megabytes(MAX_ATTACHMENT_BYTES)}.`;
}

/** Plain text that is a page's markup (as some apps put copied HTML on the clipboard). */
export function looksLikeHtml(text: string): boolean {
  const start = text.trimStart().slice(0, 2000).toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/.test(start)) return true;
  return /^<(article|main|section|div|p|h[1-6])[\s>]/.test(start) && /<\/[a-z][a-z0-9]*>/.test(text);
}

/** The HTML a paste carries: text/html first, then text/plain that is markup; null when it has none. */
export function pastedHtml(data: Pick<DataTransfer, 'getData'>): string | null {
  const html = data.getData('text/html');
  if (html.trim() !== '') return html;
  const plain = data.getData('text/plain');
  return looksLikeHtml(plain) ? plain : null;
}
