import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../electron/services/snapshots/sanitize.ts';
import { problemsIn } from './unsafe-html.ts';
import { XSS_PAYLOADS } from './xss-payloads.ts';

describe('sanitizeHtml', () => {
  it(`leaves nothing that can run, load or submit in ${XSS_PAYLOADS.length} XSS and mXSS payloads`, () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(60);
    const failures = XSS_PAYLOADS.map((payload) => ({ payload, output: sanitizeHtml(payload) }))
      .map(({ payload, output }) => ({ payload, output, problems: problemsIn(output) }))
      .filter(({ problems }) => problems.length > 0);
    expect(failures).toEqual([]);
  });

  it('is stable: sanitizing its own output changes nothing (no mutation on re-parse)', () => {
    for (const payload of XSS_PAYLOADS) {
      const once = sanitizeHtml(payload);
      expect(sanitizeHtml(once), payload).toBe(once);
    }
  });

  it('keeps the payloads safe when they arrive wrapped in article markup', () => {
    const page = `<article><h1>Title</h1>${XSS_PAYLOADS.join('<p>between</p>')}</article>`;
    expect(problemsIn(sanitizeHtml(page))).toEqual([]);
  });

  it('keeps the reading: headings, paragraphs, lists, quotes, tables, emphasis, language and direction', () => {
    const html =
      '<article lang="ar" dir="rtl"><h2>عنوان</h2><p>نص <em>مهم</em> و<strong>قوي</strong></p>' +
      '<blockquote><p>“We apologise.”</p></blockquote><ul><li>one</li><li>two</li></ul>' +
      '<table><thead><tr><th scope="col">Issue</th></tr></thead><tbody><tr><td colspan="2">Response</td></tr></tbody></table>' +
      '<p><time datetime="2026-01-05">5 January</time><sup>1</sup></p></article>';
    expect(sanitizeHtml(html)).toBe(html);
  });

  it('keeps http, https and mailto links and drops every other href', () => {
    const out = sanitizeHtml(
      '<a href="https://example.com/a?b=1">a</a><a href="http://example.com">b</a><a href="mailto:press@example.com">c</a>' +
        '<a href="/relative">d</a><a href="#top">e</a><a href="ftp://example.com">f</a><a href="file:///etc/passwd">g</a>',
    );
    expect(out).toBe(
      '<a href="https://example.com/a?b=1">a</a><a href="http://example.com">b</a><a href="mailto:press@example.com">c</a>' +
        '<a>d</a><a>e</a><a>f</a><a>g</a>',
    );
  });

  it('turns every image into its alt text, so the reader view loads nothing', () => {
    const out = sanitizeHtml(
      '<p>Before <img src="https://cdn.example/photo.jpg" alt="Protesters outside the HQ"> after ' +
        '<img src="https://tracker.example/pixel.gif"> <img src="data:image/png;base64,AAAA" alt="&lt;script&gt;alert(1)&lt;/script&gt;"></p>',
    );
    expect(out).toBe('<p>Before Protesters outside the HQ after  &lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('drops forms, buttons and their controls but keeps surrounding text', () => {
    expect(
      sanitizeHtml(
        '<p>Subscribe</p><form action="https://x.example"><label>Email <input name="e"></label><button>Go</button></form><p>End</p>',
      ),
    ).toBe('<p>Subscribe</p>Email <p>End</p>');
  });
});
