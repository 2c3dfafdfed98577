import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentTypeFor,
  registerAppScheme,
  requestPathSegments,
  resolveRendererFile,
  respondToAppRequest,
} from '../../electron/main/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/content-security-policy.ts';

let sandbox: string;
let root: string;

beforeAll(() => {
  sandbox = mkdtempSync(join(tmpdir(), 'casebook-app-protocol-'));
  root = join(sandbox, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Casebook</title>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log("casebook")');
  writeFileSync(join(root, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'Noto Sans.woff2'), 'font');
  writeFileSync(join(sandbox, 'secret.txt'), 'do not serve');
  mkdirSync(join(sandbox, 'renderer-evil'));
  writeFileSync(join(sandbox, 'renderer-evil', 'x.js'), 'evil');
  // Links inside the served folder that point outside it, and one that stays inside.
  symlinkSync(join(sandbox, 'secret.txt'), join(root, 'assets', 'escape.txt'));
  symlinkSync(sandbox, join(root, 'up'));
  symlinkSync(join(root, 'index.html'), join(root, 'assets', 'home.html'));
});

afterAll(() => {
  rmSync(sandbox, { recursive: true, force: true });
});

describe('app:// is registered as a privileged scheme', () => {
  it('is standard and secure, supports fetch, and does not bypass the CSP', () => {
    const calls: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => calls.push(schemes) });
    expect(calls).toEqual([
      [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }],
    ]);
  });
});

describe('resolveRendererFile', () => {
  it.each([
    ['app://casebook/', 'index.html'],
    ['app://casebook/index.html', 'index.html'],
    ['app://casebook/index.html?case=1#top', 'index.html'],
    ['app://casebook/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['app://casebook/assets/Noto%20Sans.woff2', 'assets/Noto Sans.woff2'],
    ['app://casebook/assets/home.html', 'index.html'], // a link that stays inside is fine
  ])('serves %s from the renderer folder', async (url, expected) => {
    expect(await resolveRendererFile(root, url)).toBe(join(root, expected));
  });

  it.each([
    'app://casebook/../secret.txt',
    'app://casebook/assets/../../secret.txt',
    'app://casebook/%2e%2e/secret.txt',
    'app://casebook/%2E%2E/%2E%2E/secret.txt',
    'app://casebook/.%2e/secret.txt',
    'app://casebook/assets%2f..%2f..%2fsecret.txt',
    'app://casebook/..%2fsecret.txt',
    'app://casebook/..%5csecret.txt',
    'app://casebook/assets%5c..%5c..%5csecret.txt',
    'app://casebook/%252e%252e/secret.txt',
    'app://casebook//etc/passwd',
    'app://casebook/%2Fetc%2Fpasswd',
    'app://casebook/C:/Windows/win.ini',
    'app://casebook/C%3A%5CWindows%5Cwin.ini',
    'app://casebook/index.html%00.png',
    'app://casebook/assets/escape.txt',
    'app://casebook/up/secret.txt',
    'app://casebook/up/renderer-evil/x.js',
    'app://casebook/assets',
    'app://casebook/missing.js',
    'app://other-host/index.html',
    'app://casebook.evil/index.html',
    'app://user:pw@casebook/index.html',
    'file:///etc/passwd',
    'https://casebook/index.html',
    'app://casebook/%E0%A4%A',
    'not a url',
  ])('refuses %s', async (url) => {
    expect(await resolveRendererFile(root, url)).toBeNull();
  });

  it('never resolves outside the folder even before touching the disk', () => {
    expect(requestPathSegments('app://casebook/a/%2e%2e/%2e%2e/b')).toEqual(['b']);
    expect(requestPathSegments('app://casebook/a/..%2f..%2fb')).toBeNull();
  });
});

describe('app:// responses', () => {
  it('carry the CSP, nosniff and the right type for each file', async () => {
    for (const [url, type] of [
      ['app://casebook/index.html', 'text/html; charset=utf-8'],
      ['app://casebook/assets/index-abc123.js', 'text/javascript; charset=utf-8'],
      ['app://casebook/assets/index-abc123.css', 'text/css; charset=utf-8'],
      ['app://casebook/assets/Noto%20Sans.woff2', 'font/woff2'],
    ] as const) {
      const response = await respondToAppRequest(root, new Request(url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const page = await respondToAppRequest(root, new Request('app://casebook/'));
    expect(await page.text()).toContain('<title>Casebook</title>');
  });

  it('answers a path outside the folder with 404 and no file content', async () => {
    const response = await respondToAppRequest(root, new Request('app://casebook/assets/escape.txt'));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do not serve');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses anything but GET and HEAD', async () => {
    const response = await respondToAppRequest(
      root,
      new Request('app://casebook/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });

  it('labels unknown files as opaque bytes, never as HTML', () => {
    expect(contentTypeFor('notes.casebook')).toBe('application/octet-stream');
    expect(contentTypeFor('PAGE.HTML')).toBe('text/html; charset=utf-8');
  });
});
