import { gzipSync } from 'node:zlib';
import type { Snapshot, SourceKind } from '../../../shared/domain/case-document.ts';
import { nowTimestamp } from '../../store/ids.ts';
import { decodePage } from './decode-page.ts';
import { absoluteHttpUrl, extractArticle } from './extract-article.ts';
import { htmlToText } from './html-to-text.ts';
import { sanitizeHtml } from './sanitize.ts';
import { sha256Hex } from './sha256.ts';

export type CaptureInput =
  | {
      readonly bytes: Uint8Array;
      readonly url?: string | null;
      readonly contentType?: string | null;
      readonly fileName?: string | null;
    }
  | {
      readonly html: string;
      readonly url?: string | null;
      readonly contentType?: string | null;
      readonly fileName?: string | null;
    };

/** What the page says about itself, for the source's empty fields. */
export interface CapturedMetadata {
  readonly title: string;
  readonly url: string | null;
  readonly authors: readonly string[];
  readonly publisher: string | null;
  readonly publishedOn: string | null;
  readonly language: string | null;
  readonly excerpt: string | null;
  readonly kind: SourceKind | null;
}

export interface Capture {
  readonly metadata: CapturedMetadata;
  readonly snapshot: Snapshot;
  /** The page as it came, gzip-compressed: kept as evidence, never rendered. */
  readonly original: { readonly bytes: Uint8Array; readonly type: string };
  readonly warnings: readonly string[];
}

const MAX_TITLE_LENGTH = 500;

/** Saved page → metadata, a sanitized reader-view snapshot with its SHA-256, and the compressed original. */
export function snapshotFromHtml(input: CaptureInput, capturedAt: string = nowTimestamp()): Capture {
  const warnings: string[] = [];
  const originalBytes = 'bytes' in input ? input.bytes : new TextEncoder().encode(input.html);
  let html: string;
  let encoding = 'utf-8';
  if ('bytes' in input) {
    const decoded = decodePage(input.bytes, input.contentType);
    html = decoded.text;
    encoding = decoded.encoding;
    warnings.push(...decoded.warnings);
  } else {
    html = input.html;
  }

  const givenUrl = absoluteHttpUrl(input.url, null);
  const article = extractArticle(html, givenUrl);
  const pageUrl = givenUrl ?? article.canonicalUrl;
  if (!article.foundArticle)
    warnings.push('No article was found in the page; the snapshot keeps the whole page, sanitized.');

  const wrapperAttributes = [
    article.language ? ` lang="${article.language}"` : '',
    article.dir ? ` dir="${article.dir}"` : '',
  ].join('');
  const safeHtml = sanitizeHtml(`<article${wrapperAttributes}>${article.contentHtml}</article>`);
  const text = htmlToText(safeHtml);
  if (text === '') warnings.push('The page has no readable text.');

  return {
    metadata: {
      title: titleOf(article.title, input.fileName ?? null, pageUrl),
      url: pageUrl,
      authors: article.authors,
      publisher: article.publisher,
      publishedOn: article.publishedOn,
      language: article.language,
      excerpt: article.excerpt,
      kind: article.kind,
    },
    snapshot: { sha256: sha256Hex(safeHtml), capturedAt, text, html: safeHtml },
    original: { bytes: gzipSync(originalBytes), type: `${originalMediaType(input.contentType)}; charset=${encoding}` },
    warnings,
  };
}

function titleOf(extracted: string | null, fileName: string | null, url: string | null): string {
  const fromFile = fileName
    ?.replace(/^.*[\\/]/, '')
    .replace(/\.(?:html?|xhtml)$/i, '')
    .trim();
  const title = extracted || fromFile || url || 'Untitled page';
  return title.length > MAX_TITLE_LENGTH ? `${title.slice(0, MAX_TITLE_LENGTH - 1)}…` : title;
}

function originalMediaType(contentType: string | null | undefined): string {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type && /^[a-z]+\/[a-z0-9.+-]+$/.test(type) ? type : 'text/html';
}
