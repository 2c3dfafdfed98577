import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CasebookError } from '../../shared/contract/result.ts';
import { decodeMhtml } from '../../electron/services/snapshots/mhtml.ts';
import { addSourceFromHtml } from '../../electron/services/snapshots/add-from-html.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';
import { encodeAs } from './snapshots/legacy-encoder.ts';

/** Saved by Chrome ("Webpage, Single File"): quoted-printable page with =3D and soft breaks, CSS and PNG parts. */
const BLINK_ZH = new Uint8Array(readFileSync(new URL('./fixtures/blink-saved-zh.mhtml', import.meta.url)));
const PAGE_URL = 'https://finance.example.cn/tech/2026/01/12/xiaomi-statement.html?utm_source=weibo&utm_medium=social';

function archive(part: { headers: string[]; body: string | Uint8Array }, top: string[] = []): Uint8Array {
  const boundary = '----MultipartBoundary--abc123----';
  const head = [
    'From: <Saved by Blink>',
    ...top,
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; type="text/html"; boundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    ...part.headers,
    '',
    '',
  ].join('\r\n');
  const body = typeof part.body === 'string' ? Buffer.from(part.body, 'latin1') : Buffer.from(part.body);
  return new Uint8Array(Buffer.concat([Buffer.from(head, 'latin1'), body, Buffer.from(`\r\n--${boundary}--\r\n`)]));
}

describe('decodeMhtml', () => {
  it('reads the page of a Chrome archive: quoted-printable UTF-8 Chinese, its address, its charset', () => {
    const page = decodeMhtml(BLINK_ZH);
    expect(page.url).toBe(PAGE_URL);
    expect(page.charset).toBe('utf-8');
    expect(page.html).toContain('<html lang="zh-CN">');
    expect(page.html).toContain('<title>小米回应“黑公关”事件：已报警并将追究法律责任</title>');
    // Soft line breaks joined, =3D turned back into "=", multi-byte characters split across lines rebuilt.
    expect(page.html).toContain('<meta property="article:published_time" content="2026-01-12T09:30:00+08:00">');
    expect(page.html).toContain('部分关键意见领袖（KOL）被指收取费用后发布抹黑内容');
    expect(page.html).not.toMatch(/=\r?\n|=3D|\uFFFD/);
    // Only the page: the stylesheet and image parts are not in it.
    expect(page.html).not.toContain('Noto Sans SC');
    expect(page.html).not.toContain('PNG');
  });

  it('reads the same archive with bare LF line ends, as some tools rewrite it', () => {
    const lf = new Uint8Array(Buffer.from(Buffer.from(BLINK_ZH).toString('latin1').replace(/\r\n/g, '\n'), 'latin1'));
    const [fromLf, fromCrLf] = [decodeMhtml(lf), decodeMhtml(BLINK_ZH)];
    expect(fromLf.html.trimEnd()).toBe(fromCrLf.html.trimEnd());
    expect(fromLf.url).toBe(fromCrLf.url);
  });

  it('reads a base64 part in the charset its Content-Type declares (GBK)', () => {
    const html = '<html><head><title>腾讯新闻：公关危机</title></head><body><p>声明全文如下。</p></body></html>';
    const page = decodeMhtml(
      archive({
        headers: [
          'Content-Type: text/html; charset="gbk"',
          'Content-Transfer-Encoding: base64',
          'Content-Location: https://news.qq.com/a/20260112/001.htm',
        ],
        body: Buffer.from(encodeAs('gbk', html)).toString('base64').replace(/.{76}/g, '$&\r\n'),
      }),
    );
    expect(page.charset).toBe('gbk');
    expect(page.html).toBe(html);
    expect(page.url).toBe('https://news.qq.com/a/20260112/001.htm');
  });

  it('takes the archive address when the page part has none, and never a non-web address', () => {
    const local = decodeMhtml(
      archive(
        { headers: ['Content-Type: text/html', 'Content-Location: file:///C:/Users/me/page.html'], body: '<p>x</p>' },
        ['Snapshot-Content-Location: https://example.org/story'],
      ),
    );
    expect(local.url).toBe('https://example.org/story');
    const none = decodeMhtml(archive({ headers: ['Content-Type: text/html'], body: '<p>x</p>' }));
    expect(none.url).toBeNull();
  });

  it('refuses a file that is not MHTML with a coded, clear message', () => {
    const notMhtml = [
      new TextEncoder().encode('<!DOCTYPE html><html><body>Hello</body></html>'),
      new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]), // %PDF-1.7
      new Uint8Array(0),
    ];
    for (const bytes of notMhtml) {
      expect(() => decodeMhtml(bytes)).toThrow(CasebookError);
      expect(() => decodeMhtml(bytes)).toThrow(/not an MHTML web archive/);
    }
    try {
      decodeMhtml(notMhtml[0]!);
    } catch (error) {
      expect((error as CasebookError).code).toBe('invalid-request');
    }
  });

  it('says so when an archive holds no web page', () => {
    const onlyImage = archive({
      headers: ['Content-Type: image/png', 'Content-Transfer-Encoding: base64'],
      body: 'iVBORw0KGgo=',
    });
    expect(() => decodeMhtml(onlyImage)).toThrow(/holds no web page/);
  });

  it('goes through the snapshot pipeline into a sanitized source with the page metadata', () => {
    const notebook = tempNotebook();
    const page = decodeMhtml(BLINK_ZH);
    const added = notebook.db.transaction(() =>
      addSourceFromHtml(notebook.db, { html: page.html, url: page.url, fileName: 'xiaomi.mhtml' }),
    )();
    expect(added.source).toMatchObject({
      title: '小米回应“黑公关”事件：已报警并将追究法律责任',
      url: PAGE_URL,
      publisher: '财经日报',
      language: 'zh-CN',
    });
    expect(added.source.snapshot?.text).toContain('小米集团公关部在官方微博发布声明称');
    expect(added.source.snapshot?.html).not.toMatch(/<script|cid:|window\.track/);
  });
});
