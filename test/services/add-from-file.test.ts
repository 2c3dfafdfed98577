import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import type { Result } from '../../shared/contract/result.ts';
import { dispatch, dispatchAsync } from '../../electron/services/dispatch.ts';
import { rowCount } from '../helpers/inspect.ts';
import { tempNotebook, type TempNotebook } from '../helpers/temp-notebook.ts';
import { tinyPdf } from '../helpers/tiny-pdf.ts';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(120, 0x41)]);
const BLINK_ZH = readFileSync(new URL('./fixtures/blink-saved-zh.mhtml', import.meta.url));

const REPORT = tinyPdf({
  info: { title: 'Xiaomi KOL Review (Interim)', author: 'Lei Jun; Wang Hua', creationDate: "D:20260115093000+08'00'" },
  language: 'en-GB',
  pages: [
    ['Interim review of paid influencer posts', 'Findings: twelve accounts were paid by a rival agency.'],
    ['Page two: the board accepts the recommendations.'],
  ],
});

type AddRequest = RequestOf<'sources.addFromFile'>;
type Added = ResponseOf<'sources.addFromFile'>;

function addFile(
  notebook: TempNotebook,
  request: Omit<AddRequest, 'base64'> & { bytes: Buffer },
): Promise<Result<unknown>> {
  const { bytes, ...rest } = request;
  return dispatchAsync(notebook.db, 'sources.addFromFile', { ...rest, base64: bytes.toString('base64') });
}

async function added(notebook: TempNotebook, request: Omit<AddRequest, 'base64'> & { bytes: Buffer }): Promise<Added> {
  const result = await addFile(notebook, request);
  if (!result.ok) throw new Error(`sources.addFromFile failed with ${result.error.code}: ${result.error.message}`);
  return result.value as Added;
}

const sourceCount = (notebook: TempNotebook): number => rowCount(notebook.db, 'sources');

describe('sources.addFromFile: PDFs', () => {
  it('makes a report from a PDF: title, authors and date from its metadata, its text searchable and quotable', async () => {
    const notebook = tempNotebook();
    const { source, merged, warnings } = await added(notebook, { fileName: 'kol-review.pdf', bytes: REPORT });
    expect(merged).toBe(false);
    expect(warnings).toEqual([]);
    expect(source).toMatchObject({
      title: 'Xiaomi KOL Review (Interim)',
      authors: ['Lei Jun', 'Wang Hua'],
      publishedOn: '2026-01-15',
      language: 'en-GB',
      kind: 'report',
      url: null,
    });
    expect(source.snapshot?.text).toBe(
      'Interim review of paid influencer posts\nFindings: twelve accounts were paid by a rival agency.\n\nPage two: the board accepts the recommendations.',
    );
    expect(source.snapshot?.html).toBe(
      '<article><p>Interim review of paid influencer posts<br>Findings: twelve accounts were paid by a rival agency.</p><p>Page two: the board accepts the recommendations.</p></article>',
    );
    const snapshot = notebook.call('snapshots.get', { sourceId: source.id });
    expect(snapshot.verified.ok).toBe(true);

    const hits = notebook.call('search.query', { query: 'rival agency' }).hits;
    expect(hits).toEqual([expect.objectContaining({ kind: 'source', id: source.id })]);

    const file = notebook.call('sources.getFile', { sourceId: source.id });
    expect(file).toEqual({
      sourceId: source.id,
      mediaType: 'application/pdf',
      fileName: 'kol-review.pdf',
      base64: REPORT.toString('base64'),
      altText: null,
    });
    const [row] = notebook.call('sources.list', {}).sources;
    expect(row).toMatchObject({
      hasSnapshot: true,
      file: { mediaType: 'application/pdf', fileName: 'kol-review.pdf', byteLength: REPORT.byteLength },
    });
  });

  it.each([
    ['an Identity-H font with a ToUnicode map', 'identity'],
    ['the predefined UniGB-UCS2-H CMap and a non-embedded font', 'predefined'],
  ] as const)('extracts Chinese text set in %s, and search finds it', async (_label, cjk) => {
    const notebook = tempNotebook();
    const pdf = tinyPdf({ cjk, pages: [['Xiaomi statement', '小米声明：已报警']] });
    const { source } = await added(notebook, { fileName: '小米声明.pdf', bytes: pdf });
    expect(source.title).toBe('小米声明');
    expect(source.snapshot?.text).toBe('Xiaomi statement\n小米声明：已报警');
    const hits = notebook.call('search.query', { query: '小米声明' }).hits;
    expect(hits.map((hit) => hit.id)).toContain(source.id);
  });

  it('cleans the title an office program gave the PDF, and falls back to the file name for an empty one', async () => {
    const notebook = tempNotebook();
    const word = tinyPdf({ info: { title: 'Microsoft Word - Crisis plan v2.docx' }, pages: [['Plan']] });
    expect((await added(notebook, { fileName: 'plan.pdf', bytes: word })).source.title).toBe('Crisis plan v2');
    const untitled = tinyPdf({ info: { title: 'untitled' }, pages: [['Other']] });
    expect((await added(notebook, { fileName: 'Board minutes 2026.pdf', bytes: untitled })).source.title).toBe(
      'Board minutes 2026',
    );
  });

  it('takes the title given with the file over the metadata, and keeps the address given', async () => {
    const notebook = tempNotebook();
    const { source } = await added(notebook, {
      fileName: 'report.pdf',
      bytes: REPORT,
      title: 'Board review',
      url: 'https://ir.example.com/review.pdf?utm_source=mail',
    });
    expect(source).toMatchObject({ title: 'Board review', url: 'https://ir.example.com/review.pdf?utm_source=mail' });
    const again = await added(notebook, {
      fileName: 'other.png',
      bytes: PNG,
      url: 'https://IR.example.com/review.pdf',
    });
    expect(again).toMatchObject({ merged: true, source: { id: source.id, title: 'Board review' } });
  });

  it('refuses a PDF it cannot read with a clear message, writing nothing', async () => {
    const notebook = tempNotebook();
    const broken = Buffer.from(
      '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\ntrailer\n<< >>\n%%EOF\n',
      'latin1',
    );
    const result = await addFile(notebook, { fileName: 'broken.pdf', bytes: broken });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/^base64: this PDF cannot be read \(.+\); nothing was added\.$/),
    });
    expect(sourceCount(notebook)).toBe(0);
  });

  it('keeps a PDF without text (a scan) and says its text cannot be searched', async () => {
    const notebook = tempNotebook();
    const { source, warnings } = await added(notebook, { fileName: 'scan.pdf', bytes: tinyPdf({ pages: [[]] }) });
    expect(source).toMatchObject({ title: 'scan', snapshot: null });
    expect(warnings).toEqual([expect.stringContaining('no text layer')]);
    expect(notebook.call('sources.getFile', { sourceId: source.id }).mediaType).toBe('application/pdf');
  });

  it('merges the same file dropped twice instead of adding it again', async () => {
    const notebook = tempNotebook();
    const first = await added(notebook, { fileName: 'a.pdf', bytes: REPORT });
    const second = await added(notebook, { fileName: 'copy of a.pdf', bytes: REPORT });
    expect(second).toMatchObject({ merged: true, source: { id: first.source.id } });
    expect(second.warnings).toEqual([`This file is already in the library as “Xiaomi KOL Review (Interim)”.`]);
    expect(sourceCount(notebook)).toBe(1);
  });
});

describe('sources.addFromFile: images', () => {
  it('makes a social post from a screenshot: caption as title, caption and alt text searchable, alt text kept', async () => {
    const notebook = tempNotebook();
    const { source } = await added(notebook, {
      fileName: 'weibo-post.png',
      mediaType: 'image/png',
      bytes: PNG,
      caption: 'Weibo post by @XiaomiPR, 12 January 2026',
      altText: 'Screenshot: 小米公关部 says the accounts were paid',
    });
    expect(source).toMatchObject({ title: 'Weibo post by @XiaomiPR, 12 January 2026', kind: 'social-post' });
    expect(source.snapshot?.text).toBe(
      'Weibo post by @XiaomiPR, 12 January 2026\n\nScreenshot: 小米公关部 says the accounts were paid',
    );
    expect(notebook.call('search.query', { query: 'accounts paid' }).hits.map((hit) => hit.id)).toEqual([source.id]);
    expect(notebook.call('sources.getFile', { sourceId: source.id })).toMatchObject({
      mediaType: 'image/png',
      fileName: 'weibo-post.png',
      base64: PNG.toString('base64'),
      altText: 'Screenshot: 小米公关部 says the accounts were paid',
    });
  });

  it('names an image without a caption after its file, and escapes what it is told', async () => {
    const notebook = tempNotebook();
    const { source } = await added(notebook, {
      fileName: 'C:\\Users\\me\\Desktop\\post.jpeg',
      bytes: JPEG,
      altText: '<img src=x onerror=alert(1)> a post',
    });
    expect(source.title).toBe('post');
    expect(source.snapshot?.html).toBe('<article><p>&lt;img src=x onerror=alert(1)&gt; a post</p></article>');
    expect(notebook.call('sources.getFile', { sourceId: source.id }).fileName).toBe('post.jpeg');
  });
});

describe('sources.addFromFile: what is refused', () => {
  it.each([
    [
      'a program renamed to .png',
      { fileName: 'photo.png', bytes: EXE },
      /“photo\.png” is named as a PNG image, but its bytes are a Windows program/,
    ],
    [
      'a program renamed to .pdf',
      { fileName: 'report.pdf', bytes: EXE },
      /“report\.pdf” is named as a PDF, but its bytes are a Windows program/,
    ],
    [
      'a program with no extension',
      { fileName: 'download', bytes: EXE },
      /“download” is a Windows program, not a PDF, an image or a saved page/,
    ],
    ['a program', { fileName: 'setup.exe', bytes: EXE }, /“setup\.exe” is not a file Casebook can add as a source/],
    [
      'a PNG named .pdf',
      { fileName: 'report.pdf', bytes: PNG },
      /“report\.pdf” is named a PDF, but its bytes are a PNG image/,
    ],
    [
      'a PDF sent as a JPEG',
      { fileName: 'scan', mediaType: 'image/jpeg', bytes: REPORT },
      /“scan” is sent as a JPEG image, but its bytes are a PDF/,
    ],
    [
      'a PDF named .html',
      { fileName: 'page.html', bytes: REPORT },
      /“page\.html” is named a saved web page \(HTML\), but its bytes are a PDF/,
    ],
    ['an empty file', { fileName: 'empty.pdf', bytes: Buffer.alloc(0) }, /“empty\.pdf” is empty/],
  ])('%s, with a message saying why, writing nothing', async (_label, request, message) => {
    const notebook = tempNotebook();
    const result = await addFile(notebook, request);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid-request');
    expect(!result.ok && result.error.message).toMatch(message);
    expect(sourceCount(notebook)).toBe(0);
  });

  it('refuses a file over 20 MB', async () => {
    const notebook = tempNotebook();
    const big = Buffer.alloc(20 * 1024 * 1024 + 3, 0x20);
    big.write('%PDF-1.7\n', 'latin1');
    const result = await addFile(notebook, { fileName: 'big.pdf', bytes: big });
    expect(!result.ok && result.error.code).toBe('too-large');
    expect(sourceCount(notebook)).toBe(0);
  });

  it('needs the asynchronous dispatch, which reads the PDF outside the transaction', () => {
    const notebook = tempNotebook();
    const result = dispatch(notebook.db, 'sources.addFromFile', {
      fileName: 'a.pdf',
      base64: REPORT.toString('base64'),
    });
    expect(!result.ok && result.error.message).toMatch(/dispatchAsync/);
  });
});

describe('sources.addFromFile: saved pages', () => {
  it('runs an .html file through the snapshot pipeline, as pasting it does', async () => {
    const notebook = tempNotebook();
    const html =
      '<html lang="fr"><head><title>Le démenti de Xiaomi</title><script>alert(1)</script></head><body><article><h1>Le démenti</h1><p>Xiaomi dément avoir payé des influenceurs.</p></article></body></html>';
    const { source } = await added(notebook, {
      fileName: 'dementi.htm',
      bytes: Buffer.from(html),
      url: 'https://www.lemonde.fr/article',
    });
    expect(source).toMatchObject({
      title: 'Le démenti de Xiaomi',
      url: 'https://www.lemonde.fr/article',
      language: 'fr',
    });
    expect(source.snapshot?.text).toContain('Xiaomi dément avoir payé des influenceurs.');
    expect(source.snapshot?.html).not.toContain('script');
    expect(notebook.result('sources.getFile', { sourceId: source.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('reads an .mhtml web archive and runs its page through the pipeline', async () => {
    const notebook = tempNotebook();
    const { source } = await added(notebook, { fileName: 'xiaomi.mhtml', bytes: BLINK_ZH });
    expect(source.title).toBe('小米回应“黑公关”事件：已报警并将追究法律责任');
    expect(source.url).toMatch(/^https:\/\/finance\.example\.cn\/tech\/2026\/01\/12\/xiaomi-statement\.html/);
    expect(source.snapshot?.text).toContain('部分关键意见领袖（KOL）被指收取费用后发布抹黑内容');
  });
});

describe('a source file in the trash', () => {
  it('stays while the source is in the trash, comes back with it, and goes when the source is purged', async () => {
    const notebook = tempNotebook();
    const { source } = await added(notebook, { fileName: 'r.pdf', bytes: REPORT });
    const { trashId } = notebook.call('sources.delete', { id: source.id });
    expect(notebook.result('sources.getFile', { sourceId: source.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    notebook.call('trash.restore', { id: trashId });
    expect(notebook.call('sources.getFile', { sourceId: source.id }).base64).toBe(REPORT.toString('base64'));
    const again = notebook.call('sources.delete', { id: source.id });
    notebook.call('trash.purge', { id: again.trashId });
    expect(rowCount(notebook.db, 'source_files')).toBe(0);
  });
});
