/**
 * MHTML web archives (RFC 2557, what Chrome's "Save as… Webpage, Single File" writes) → the HTML of the
 * saved page, its address and character set. Only the root text/html part is read; images and styles in
 * other parts are dropped, as the snapshot keeps no remote or embedded resources anyway.
 */
import { CasebookError } from '../../../shared/contract/result.ts';
import { decodePage, encodingForLabel } from './decode-page.ts';
import { absoluteHttpUrl } from './extract-article.ts';

export interface DecodedMhtml {
  readonly html: string;
  /** The page's address from the part's Content-Location (or the archive's), when it is http or https. */
  readonly url: string | null;
  /** The WHATWG name of the encoding the page was read with, e.g. "utf-8", "gbk". */
  readonly charset: string | null;
}

type Headers = ReadonlyMap<string, string>;

interface Part {
  readonly headers: Headers;
  /** The raw body, one char per byte (latin1). */
  readonly body: string;
}

const NOT_MHTML =
  'This file is not an MHTML web archive: it has no MIME header with "multipart/related". Save the page again as "Webpage, Single File" (.mhtml) or as "Webpage, HTML only".';

export function decodeMhtml(bytes: Uint8Array): DecodedMhtml {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const top = splitHeaders(raw);
  if (top === null || !top.headers.has('mime-version')) throw notMhtml(NOT_MHTML);
  const topType = top.headers.get('content-type') ?? '';
  const archiveUrl = top.headers.get('snapshot-content-location') ?? top.headers.get('content-location') ?? null;

  let root: Part;
  if (/^\s*multipart\/related\b/i.test(topType)) {
    const boundary = parameter(topType, 'boundary');
    if (!boundary)
      throw notMhtml('This MHTML archive names no part boundary in its Content-Type, so its parts cannot be found.');
    const parts = splitParts(top.body, boundary);
    const start = parameter(topType, 'start');
    const found =
      (start ? parts.find((part) => sameContentId(part.headers.get('content-id'), start)) : undefined) ??
      parts.find(
        (part) => mediaType(part.headers) === 'text/html' || mediaType(part.headers) === 'application/xhtml+xml',
      );
    if (!found) throw notMhtml('This MHTML archive holds no web page: none of its parts is text/html.');
    root = found;
  } else if (/^\s*text\/html\b/i.test(topType)) {
    root = top; // a single-part archive: the page is the whole body
  } else {
    throw notMhtml(NOT_MHTML);
  }

  const pageBytes = bodyBytes(root);
  const declared = parameter(root.headers.get('content-type') ?? '', 'charset');
  const contentType = declared && encodingForLabel(declared) ? `text/html; charset=${declared}` : null;
  const decoded = decodePage(pageBytes, contentType);
  const url = absoluteHttpUrl(root.headers.get('content-location'), null) ?? absoluteHttpUrl(archiveUrl, null);
  return { html: decoded.text, url, charset: decoded.encoding };
}

function notMhtml(message: string): CasebookError {
  return new CasebookError('invalid-request', message);
}

/** Header block (folded lines unfolded, names lower-cased) and the body after the first blank line. */
function splitHeaders(text: string): { headers: Map<string, string>; body: string } | null {
  const match = /\r?\n\r?\n/.exec(text);
  const head = match ? text.slice(0, match.index) : text;
  const body = match ? text.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last !== null) {
      headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || !/^[\x21-\x39\x3b-\x7e]+$/.test(line.slice(0, colon)))
      return headers.size > 0 ? { headers, body } : null;
    last = line.slice(0, colon).toLowerCase();
    if (!headers.has(last)) headers.set(last, line.slice(colon + 1).trim());
  }
  return headers.size > 0 ? { headers, body } : null;
}

function splitParts(body: string, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  const parts: Part[] = [];
  const chunks = body.split(new RegExp(`(?:^|\\r?\\n)${escapeRegExp(delimiter)}`));
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break; // the closing delimiter
    const part = splitHeaders(chunk.replace(/^[ \t]*\r?\n/, ''));
    if (part) parts.push(part);
  }
  return parts;
}

function bodyBytes(part: Part): Uint8Array {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return Buffer.from(part.body, 'latin1');
}

function decodeQuotedPrintable(body: string): Uint8Array {
  const joined = body.replace(/=[ \t]*\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const char = joined.charCodeAt(i);
    if (char === 0x3d && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(char & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

function mediaType(headers: Headers): string {
  return (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function parameter(headerValue: string, name: string): string | null {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^\\s;]+))`, 'i').exec(headerValue);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function sameContentId(contentId: string | undefined, start: string): boolean {
  const bare = (value: string) => value.trim().replace(/^<|>$/g, '');
  return contentId !== undefined && bare(contentId) === bare(start);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
