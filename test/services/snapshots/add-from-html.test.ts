import { describe, expect, it } from 'vitest';
import { getSnapshotOriginal } from '../../../electron/store/snapshots.ts';
import { tempNotebook } from '../../helpers/temp-notebook.ts';
import { encodeAs } from './legacy-encoder.ts';

const PARAGRAPH =
  'The company apologised on Monday after a week of criticism over payments to online commentators, saying ' +
  'that the agency it hired had acted without its knowledge and that the contract had been ended. ';

function articlePage(options: { head?: string; lang?: string; body?: string } = {}): string {
  return `<!DOCTYPE html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><title>Maker apologises for paid posts</title>
    ${options.head ?? ''}</head><body><nav><a href="/">Home</a></nav>
    <article><h1>Maker apologises for paid posts</h1><p class="byline">By Li Wei and Anna Smith</p>
    ${options.body ?? ''}<p>${PARAGRAPH.repeat(3)}</p><p>${PARAGRAPH.repeat(2)}<a href="/statement">the statement</a></p>
    <p onclick="alert(1)">${PARAGRAPH}</p><script>alert(1)</script></article></body></html>`;
}

describe('sources.addFromHtml', () => {
  it('creates a source from pasted HTML with its metadata and a sanitized snapshot', () => {
    const notebook = tempNotebook();
    const added = notebook.call('sources.addFromHtml', {
      html: articlePage({
        head: '<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2026-01-05T18:00:00+08:00">',
      }),
      url: 'https://news.example.com/2026/01/apology?utm_source=feed',
    });
    expect(added.merged).toBe(false);
    expect(added.source).toMatchObject({
      title: 'Maker apologises for paid posts',
      url: 'https://news.example.com/2026/01/apology?utm_source=feed',
      authors: ['Li Wei', 'Anna Smith'],
      publisher: 'Example News',
      publishedOn: '2026-01-05T18:00:00+08:00',
      language: 'en',
    });
    const html = added.source.snapshot?.html ?? '';
    expect(html).toContain('<a href="https://news.example.com/statement">the statement</a>');
    expect(html).not.toMatch(/onclick|<script|alert/);
    expect(added.source.snapshot?.text).toContain('The company apologised on Monday');
    expect(added.source.snapshot?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps only the date of a published time given without an offset', () => {
    const notebook = tempNotebook();
    const added = notebook.call('sources.addFromHtml', {
      html: articlePage({ head: '<meta property="article:published_time" content="2026-01-05T18:00:00">' }),
    });
    expect(added.source.publishedOn).toBe('2026-01-05');
  });

  it('merges into the source with the same address and fills only the fields nobody filled in', () => {
    const notebook = tempNotebook();
    const entered = notebook.call('sources.create', {
      fields: {
        title: 'My title for it',
        url: 'https://News.example.com/2026/01/apology/',
        publisher: 'Typed by hand',
        kind: 'press-release',
      },
    });
    const added = notebook.call('sources.addFromHtml', {
      html: articlePage({ head: '<meta property="og:site_name" content="Example News">' }),
      url: 'https://news.example.com/2026/01/apology?fbclid=xyz',
    });
    expect(added.merged).toBe(true);
    expect(added.source).toMatchObject({
      id: entered.source.id,
      title: 'My title for it',
      url: 'https://News.example.com/2026/01/apology/',
      publisher: 'Typed by hand',
      kind: 'press-release',
      authors: ['Li Wei', 'Anna Smith'],
      language: 'en',
    });
    expect(added.source.snapshot?.text).toContain('The company apologised');
    expect(notebook.call('sources.list', {}).sources).toHaveLength(1);
  });

  it('finds the page’s own address in <link rel=canonical> and merges a second capture, saying it replaced the first', () => {
    const notebook = tempNotebook();
    const page = articlePage({ head: '<link rel="canonical" href="https://news.example.com/a">' });
    const first = notebook.call('sources.addFromHtml', { html: page });
    expect(first.source.url).toBe('https://news.example.com/a');
    const second = notebook.call('sources.addFromHtml', { html: page.replace('Monday', 'Tuesday') });
    expect(second).toMatchObject({ merged: true, source: { id: first.source.id } });
    expect(second.warnings.join(' ')).toMatch(/replaces the snapshot captured at/);
    expect(second.source.snapshot?.text).toContain('Tuesday');
  });

  it('brings a trashed source with the same address back rather than creating a second one', () => {
    const notebook = tempNotebook();
    const page = articlePage({ head: '<link rel="canonical" href="https://news.example.com/a">' });
    const first = notebook.call('sources.addFromHtml', { html: page });
    notebook.call('sources.delete', { id: first.source.id });
    const again = notebook.call('sources.addFromHtml', { html: page });
    expect(again).toMatchObject({ merged: true, source: { id: first.source.id } });
    expect(again.warnings.join(' ')).toMatch(/was in the trash/);
  });

  it('decodes bytes by sniffing and keeps the original bytes, compressed, as evidence', () => {
    const notebook = tempNotebook();
    const page = articlePage({ lang: 'zh-CN', body: '<p>小米就“黑公关”事件发表道歉声明。</p>' }).replace(
      'charset="utf-8"',
      'charset="gb2312"',
    );
    const bytes = encodeAs('gbk', page.replace(/[“”]/g, '"'));
    const added = notebook.call('sources.addFromHtml', { base64: Buffer.from(bytes).toString('base64') });
    expect(added.source.language).toBe('zh-CN');
    expect(added.source.snapshot?.text).toContain('小米就"黑公关"事件发表道歉声明。');
    const original = getSnapshotOriginal(notebook.db, added.source.id);
    expect(original?.type).toBe('text/html; charset=gbk');
    expect(original && Buffer.compare(original.bytes, Buffer.from(bytes))).toBe(0);
  });

  it('keeps a short page that is no article whole, with its images as their alt text', () => {
    const notebook = tempNotebook();
    const added = notebook.call('sources.addFromHtml', {
      html: '<html><head><title>Statement</title></head><body><p>We are sorry.</p><img src="https://x.example/a.png" alt="Signed, the board"></body></html>',
      fileName: 'statement.html',
    });
    expect(added.source.title).toBe('Statement');
    expect(added.source.snapshot?.text).toBe('We are sorry.\n\nSigned, the board');
  });

  it('refuses bad requests with a coded error and writes nothing', () => {
    const notebook = tempNotebook();
    const cases: Array<[unknown, string]> = [
      [{ html: '<p>x</p>', base64: 'PHA+eDwvcD4=' }, 'invalid-request'],
      [{}, 'invalid-request'],
      [{ html: articlePage(), url: 'javascript:alert(1)' }, 'invalid-request'],
      [{ html: 'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="x"\n\n--x' }, 'invalid-request'],
      [{ html: articlePage(), fileName: 'saved.mhtml' }, 'invalid-request'],
      [{ html: '   ' }, 'invalid-request'],
      [{ base64: 'not base64!' }, 'invalid-request'],
      [{ html: 'x'.repeat(20_000_001) }, 'too-large'],
    ];
    for (const [request, code] of cases) {
      const result = notebook.result('sources.addFromHtml', request);
      expect(result.ok === false && result.error.code, JSON.stringify(request).slice(0, 80)).toBe(code);
    }
    expect(notebook.call('sources.list', {}).sources).toEqual([]);
  });

  it('reports a source without a snapshot, or an unknown one, as not found when verifying', () => {
    const notebook = tempNotebook();
    const bare = notebook.call('sources.create', { fields: { title: 'Interview notes' } });
    for (const sourceId of [bare.source.id, 'NO_SUCH_SOURCE']) {
      const result = notebook.result('snapshots.verify', { sourceId });
      expect(result.ok === false && result.error.code).toBe('not-found');
    }
  });
});
