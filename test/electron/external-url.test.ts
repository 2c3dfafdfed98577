import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../electron/main/security.ts';

// Links a case file legitimately holds: articles, archives, press contacts.
const SAFE = [
  'https://www.reuters.com/world/china/xiaomi-2026-01-15/',
  'http://example.com',
  'https://example.com:8443/path?q=%E5%B0%8F%E7%B1%B3#section',
  'HTTPS://EXAMPLE.COM/',
  'https://web.archive.org/web/20260115000000*/https://weibo.com/xiaomi',
  'https://xn--fiqs8s.example/', // punycode host
  'https://小米.example/新闻', // the URL parser turns these into punycode and percent-escapes
  'mailto:press@example.com',
  'mailto:press@example.com?subject=Case%20study',
  'https://[2001:db8::1]/report',
];

// Everything else: other schemes, tricks with credentials, hidden characters, malformed input.
const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'javascript://example.com/%0Aalert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,hi',
  'file:///etc/passwd',
  'file://C:/Windows/System32/calc.exe',
  'FILE:///C:/Windows/System32/cmd.exe',
  '\\\\attacker.example\\share\\payload.exe',
  '//attacker.example/share',
  'smb://attacker.example/share',
  'ms-msdt:/id PCWDiagnostic /skip force',
  'search-ms:query=calc&crumb=location:\\\\attacker.example\\share',
  'ms-settings:windowsupdate',
  'ms-officecmd:{"id":1}',
  'steam://run/1',
  'zoommtg://zoom.us/join?confno=1',
  'vscode://file/etc/passwd',
  'x-apple.systempreferences:com.apple.preference',
  'ftp://example.com/file',
  'ssh://example.com',
  'chrome://settings',
  'about:blank',
  'blob:https://example.com/uuid',
  'app://casebook/index.html',
  'http://user:pass@example.com/',
  'https://bank.example.com@attacker.example/',
  'https://@attacker.example/',
  'mailto:',
  'http://',
  'https:example.com',
  'https:/example.com',
  'https://exa mple.com/',
  'https://example.com/\u202Egpj.exe',
  'https://example.com/\u200Bhidden',
  'https://example.com/%0a\r\nSet-Cookie:x',
  'https://example.com/\u0007bell',
  'https://example.com\\@attacker.example/',
  'http://example.com/\u007f',
  '',
  'not a url',
  `https://example.com/${'a'.repeat(9000)}`,
];

describe('isSafeExternalUrl', () => {
  it.each(SAFE)('hands %s to the system browser', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each(HOSTILE.map((url) => [JSON.stringify(url).slice(0, 80), url]))('refuses %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('covers at least forty hostile links', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses anything that is not a string', () => {
    for (const value of [null, undefined, 42, {}, ['https://example.com'], new URL('https://example.com')]) {
      expect(isSafeExternalUrl(value)).toBe(false);
    }
  });
});
