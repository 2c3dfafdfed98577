import type { Protocol } from 'electron';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/content-security-policy.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'casebook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Must run before the app is ready. Standard: relative URLs and an origin of its own; secure: treated
 * like https (no mixed-content exceptions needed); fetch allowed for the renderer's own files. It does
 * NOT bypass the Content-Security-Policy.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers on every app:// response, found or not. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

/**
 * The relative path segments a request URL names inside the renderer folder, or null when the URL is not
 * ours or tries to leave the folder. The URL parser already removes `..` and `%2e%2e` segments; this also
 * refuses what survives parsing: encoded slashes and backslashes, NUL, empty segments (`//etc`), drive
 * letters, and any segment that decodes to `.` or `..`.
 */
export function requestPathSegments(requestUrl: string): string[] | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null;
  const rawPath = url.pathname === '/' || url.pathname === '' ? '/index.html' : url.pathname;
  if (!rawPath.startsWith('/')) return null;
  const segments: string[] = [];
  for (const rawSegment of rawPath.slice(1).split('/')) {
    if (/%(2f|5c|00)/iu.test(rawSegment)) return null;
    let segment: string;
    try {
      segment = decodeURIComponent(rawSegment);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (/[\\/:\u0000]/u.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function isInside(root: string, candidate: string): boolean {
  const fromRoot = relative(root, candidate);
  return fromRoot !== '' && !fromRoot.startsWith(`..${sep}`) && fromRoot !== '..' && !isAbsolute(fromRoot);
}

/**
 * The file an app:// request may be served from, or null. The answer is always a regular file whose real
 * path (symlinks resolved) lies inside the real renderer folder.
 */
export async function resolveRendererFile(rendererRoot: string, requestUrl: string): Promise<string | null> {
  const segments = requestPathSegments(requestUrl);
  if (segments === null) return null;
  const candidate = join(rendererRoot, ...segments);
  if (!isInside(rendererRoot, candidate)) return null;
  try {
    const [realRoot, realCandidate] = await Promise.all([realpath(rendererRoot), realpath(candidate)]);
    if (!isInside(realRoot, realCandidate)) return null;
    const info = await stat(realCandidate);
    return info.isFile() ? realCandidate : null;
  } catch {
    return null;
  }
}

/** Answers one app:// request: the file with its type and the CSP, or a plain 404/405. */
export async function respondToAppRequest(rendererRoot: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', {
      status: 405,
      headers: appResponseHeaders('text/plain; charset=utf-8'),
    });
  }
  const file = await resolveRendererFile(rendererRoot, request.url);
  if (file === null) {
    return new Response('Not found', { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') });
  }
  const body = request.method === 'HEAD' ? null : await readFile(file);
  return new Response(body, { status: 200, headers: appResponseHeaders(contentTypeFor(file)) });
}

/** Serves the built renderer folder, and nothing else, on app://casebook/. Call after the app is ready. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(rendererRoot, request));
}
