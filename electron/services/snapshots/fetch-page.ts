/**
 * The main process fetching one web page (or PDF) for capture, on its own: http and https only, no cookies and no
 * credentials, a time limit, a size cap, a few redirects each checked again. Never through the window.
 * Answers what happened instead of throwing, so the caller can keep the address when the page cannot be had.
 */
import { webAddressProblem } from './web-address.ts';

export interface FetchPageOptions {
  /** The whole exchange, redirects and body included. */
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /** The app's version for the User-Agent. */
  readonly appVersion?: string;
  /** Node's fetch, unless a test gives another. */
  readonly fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 15 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

export type FetchedPage =
  | {
      readonly kind: 'page';
      readonly finalUrl: string;
      /** Every address the request was sent on to, in order. */
      readonly redirects: readonly string[];
      readonly contentType: string | null;
      readonly bytes: Uint8Array;
    }
  /** A PDF (by the server's word or its first bytes), for the caller to keep as a file. */
  | {
      readonly kind: 'pdf';
      readonly finalUrl: string;
      readonly redirects: readonly string[];
      readonly bytes: Uint8Array;
    }
  /** No answer at all: no network, unknown host, refused connection, time limit. */
  | { readonly kind: 'offline'; readonly message: string }
  /** The server answered, but not with a page Casebook can keep. */
  | { readonly kind: 'failed'; readonly message: string };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const OFFLINE_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

class TooLarge extends Error {}

/** Fetches `url` (already checked to be an http or https address). */
export async function fetchPage(url: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const fetchImpl = options.fetch ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const redirects: string[] = [];
  let current = url;
  try {
    for (;;) {
      const response = await fetchImpl(current, {
        method: 'GET',
        redirect: 'manual',
        credentials: 'omit',
        cache: 'no-store',
        signal: controller.signal,
        headers: {
          'User-Agent': `Casebook/${options.appVersion ?? 'dev'} (offline case notebook)`,
          Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
        },
      });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location) return failed(`The server answered ${statusText(response)} without saying where to go.`);
        if (redirects.length >= maxRedirects) {
          return failed(`The address redirected more than ${maxRedirects} times; Casebook stopped following it.`);
        }
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          return failed(`The server redirected to "${location.slice(0, 200)}", which is not an address.`);
        }
        const problem = webAddressProblem(next);
        if (problem) return failed(`The server redirected to ${next.href.slice(0, 200)}: ${problem}`);
        next.hash = '';
        current = next.href;
        redirects.push(current);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return failed(`The server answered ${statusText(response)}.`);
      }
      const contentType = response.headers.get('content-type');
      const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
      const isPdf = mediaType === 'application/pdf' || mediaType === 'application/x-pdf';
      // Servers often send files as octet-stream: read it, and keep it only if its bytes say PDF.
      const unknown = mediaType === '' || mediaType === 'application/octet-stream';
      if (!unknown && !isPdf && !HTML_TYPES.has(mediaType)) {
        await response.body?.cancel().catch(() => undefined);
        return failed(`The address is not a web page (the server says it is ${mediaType.slice(0, 80)}).`);
      }
      const declaredLength = Number(response.headers.get('content-length'));
      if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        return failed(tooLargeMessage(maxBytes));
      }
      const bytes = await readCapped(response, maxBytes);
      if (isPdf || (unknown && startsWithPdfSignature(bytes))) {
        return { kind: 'pdf', finalUrl: current, redirects, bytes };
      }
      if (mediaType === 'application/octet-stream' || (mediaType === '' && !looksLikeHtml(bytes))) {
        return failed(
          'The server did not say that the address holds a web page, and it is neither a web page nor a PDF.',
        );
      }
      return { kind: 'page', finalUrl: current, redirects, contentType, bytes };
    }
  } catch (error) {
    if (error instanceof TooLarge) return failed(tooLargeMessage(maxBytes));
    if (controller.signal.aborted) {
      return { kind: 'offline', message: `The server did not answer within ${formatSeconds(timeoutMs)}.` };
    }
    return unreachable(error);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body as it streams, stopping as soon as it passes the cap (a Content-Length can lie or be absent). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

function unreachable(error: unknown): FetchedPage {
  const cause = (error as { cause?: unknown }).cause ?? error;
  const code = (cause as { code?: unknown }).code;
  const detail = cause instanceof Error ? cause.message : String(cause);
  if (typeof code === 'string' && OFFLINE_CODES.has(code)) {
    const what =
      code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME'
        ? 'The address could not be found (no network, or the site does not exist)'
        : code === 'ECONNREFUSED'
          ? 'The server refused the connection'
          : 'The server could not be reached';
    return { kind: 'offline', message: `${what}.` };
  }
  if (typeof code === 'string' && /CERT|SSL|TLS|SELF_SIGNED/i.test(code)) {
    return failed(`The site's secure connection could not be trusted (${code}).`);
  }
  return { kind: 'offline', message: `The page could not be fetched: ${detail.slice(0, 200)}.` };
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  return /^<(?:!doctype\s+html|html|head|body|!--)/i.test(head);
}

function startsWithPdfSignature(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

function failed(message: string): FetchedPage {
  return { kind: 'failed', message };
}

function statusText(response: Response): string {
  return response.statusText ? `${response.status} ${response.statusText}` : String(response.status);
}

function tooLargeMessage(maxBytes: number): string {
  return `The page is larger than ${formatBytes(maxBytes)}, more than Casebook keeps for one capture.`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} seconds` : `${ms} ms`;
}
