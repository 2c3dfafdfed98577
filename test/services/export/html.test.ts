import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { block, caseWithNarrative, link, notebookWithSample, paragraph, state, text } from './export-fixtures.ts';

/** A real 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Everything the file would load from elsewhere: src, srcset, stylesheet links, CSS url(), and any non-text link. */
function remoteResources(html: string, document: Document): string[] {
  const found: string[] = [];
  for (const element of document.querySelectorAll('[src], [srcset], link, object, embed, iframe, base')) {
    const src = element.getAttribute('src') ?? element.getAttribute('srcset') ?? element.tagName;
    if (!src.startsWith('data:')) found.push(src);
  }
  for (const match of html.matchAll(/url\(\s*['"]?(?!data:)([^'")]*)/g)) found.push(match[1] ?? '');
  for (const match of html.matchAll(/@import/g)) found.push(match[0]);
  return found;
}

describe('HTML export of the sample case', () => {
  it('is one self-contained, script-free file a browser shows with the title, sections and table', () => {
    const { notebook, caseId } = notebookWithSample();
    const { fileName, mediaType, text: html } = notebook.call('cases.export', { id: caseId, format: 'html' });
    expect(fileName).toBe('xiaomi-kol-2026.html');
    expect(mediaType).toMatch(/^text\/html/);
    const document = parse(html);
    expect(document.title).toBe('Xiaomi KOL “black PR” controversy');
    expect(document.querySelector('h1')?.textContent).toBe('Xiaomi KOL “black PR” controversy');
    expect([...document.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Overview',
      'Narrative',
      'Issues, responses and impact',
      'Timeline',
      'Quotes',
      'Facts and figures',
      'Lessons',
      'Bibliography',
    ]);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(remoteResources(html, document)).toEqual([]);
    const rows = [...document.querySelectorAll('table.issues tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()),
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]?.[0]).toBe('Allegations of commissioning “black PR”');
    expect(rows[2]?.slice(0, 3)).toEqual(['Concerns about transparency in KOL', '', '']);
    expect(rows[2]?.[4]).toBe('incomplete5');
    expect(document.querySelector('.narrative h3')?.textContent).toBe('What happened');
  });

  it('carries the app typography and print rules inline', () => {
    const { notebook, caseId } = notebookWithSample();
    const { text: html } = notebook.call('cases.export', { id: caseId, format: 'html' });
    const css = parse(html).querySelector('style')?.textContent ?? '';
    expect(css).toMatch(/\.narrative[^{]*\{[^}]*font-family: var\(--font-serif\)/);
    expect(css).toContain('@media print');
    expect(css).toMatch(/section\.page-start \{ break-before: page; page-break-before: always; \}/);
    expect([...parse(html).querySelectorAll('section.page-start h2')].map((h2) => h2.textContent)).toEqual([
      'Narrative',
      'Bibliography',
    ]);
  });

  it('links every footnote reference to its note and ends with the bibliography in the chosen style', () => {
    const { notebook, caseId } = notebookWithSample();
    const { text: html } = notebook.call('cases.export', { id: caseId, format: 'html', style: 'harvard' });
    const document = parse(html);
    const targets = [...document.querySelectorAll('sup.footnote-ref a')].map((a) => a.getAttribute('href') ?? '');
    expect(targets.length).toBeGreaterThanOrEqual(10);
    for (const target of targets) expect(document.getElementById(target.slice(1)), target).not.toBeNull();
    expect(document.getElementById('fn-1')?.textContent).toContain('“The Controversy: Xiaomi and KOL Engagement”');
    const entries = [...document.querySelectorAll('.bibliography p')].map((p) => p.textContent);
    expect(entries).toHaveLength(1);
    // Cite Them Right (Harvard): "(No date)" and the title in quotation marks, unlike APA's "(n.d.)".
    expect(entries[0]).toMatch(
      /^\(No date\) “Xiaomi and KOL engagement: apologies and damage control after ‘black PR’ allegations\.”/,
    );
  });
});

describe('HTML export of a narrative with hostile and rich content', () => {
  it('escapes markup in the text, drops unsafe links and keeps safe ones', () => {
    const { notebook } = notebookWithSample();
    const id = caseWithNarrative(
      notebook,
      'Attack <script>alert(1)</script>',
      state(
        paragraph(
          text('<img src=x onerror=alert(1)>'),
          link('javascript:alert(1)', text('bad link')),
          text(' '),
          link('https://example.com/?a=1&b=2', text('good link')),
        ),
        block('quote', [text('"quoted" & <b>bold</b>')]),
      ),
    );
    const { text: html } = notebook.call('cases.export', { id, format: 'html' });
    const document = parse(html);
    expect(document.querySelectorAll('script, img')).toHaveLength(0);
    expect(document.querySelector('h1')?.textContent).toBe('Attack <script>alert(1)</script>');
    expect(document.querySelector('.narrative p')?.textContent).toBe('<img src=x onerror=alert(1)>bad link good link');
    expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/?a=1&b=2',
    ]);
    expect(document.querySelector('.narrative blockquote')?.textContent).toBe('"quoted" & <b>bold</b>');
  });

  it('embeds the narrative images from the notebook as data: URLs', () => {
    const { notebook } = notebookWithSample();
    const { id } = notebook.call('cases.create', { title: 'With a picture' });
    const attachment = notebook.call('attachments.add', {
      caseId: id,
      fileName: 'post.png',
      mediaType: 'image/png',
      base64: PNG,
    });
    notebook.call('narrative.save', {
      caseId: id,
      narrative: {
        formatVersion: 1,
        lexical: state(paragraph({ type: 'image', version: 1, attachmentId: attachment.id, altText: 'The post' })),
        text: '',
      },
    });
    const document = parse(notebook.call('cases.export', { id, format: 'html' }).text);
    const image = document.querySelector('.narrative img');
    expect(image?.getAttribute('src')).toBe(`data:image/png;base64,${PNG}`);
    expect(image?.getAttribute('alt')).toBe('The post');
  });
});
