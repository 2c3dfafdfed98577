import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempNotebook } from '../../helpers/temp-notebook.ts';

const fixtures = path.resolve(import.meta.dirname, '../../../../shared/fixtures');
const seed = readFileSync(path.join(fixtures, 'seed/xiaomi-kol-2026.txt'));

function importSeed() {
  const notebook = tempNotebook();
  const imported = notebook.call('cases.importArticle', {
    fileName: 'xiaomi-kol-2026.txt',
    base64: seed.toString('base64'),
  });
  return { notebook, imported, document: notebook.call('cases.get', { id: imported.caseId }) };
}

describe('importing an article as a draft case', () => {
  it('turns the seed article into a case with its title, narrative and issue / response / impact rows', () => {
    const { imported, document } = importSeed();
    expect(document.case.title).toBe(imported.title);
    expect(document.case.title).toMatch(/Xiaomi|KOL/);
    expect(document.case.status).toBe('draft');
    expect(document.narrative.text).toContain('The situation unfolded rapidly in early January 2026');
    expect(document.narrative.text).toContain('Navigating the Fallout');
    expect(document.issueRows.map((row) => [row.issue, row.incomplete])).toEqual([
      ['Allegations of commissioning “black PR”', false],
      ['Potential damage to brand reputation', false],
      ['Concerns about transparency in KOL', true],
    ]);
    expect(document.issueRows[0]!.response).toBe('Issued a public apology and terminated collaboration with the KOL.');
    expect(document.issueRows[0]!.impact).toBe('Increased scrutiny of influencer marketing practices.');
    // The table that became rows is not repeated in the narrative.
    expect(document.narrative.text).not.toContain('Heightened consumer awareness of brand ethics');
    expect(imported.warnings.join(' ')).toMatch(/cut off|incomplete/i);
  });

  it('suggests the quote, the fact and the dated event the article carries, each citing the article', () => {
    const { imported, document } = importSeed();
    expect(document.quotes).toEqual([
      expect.objectContaining({
        speaker: 'Xu Jieyun',
        status: 'suggested',
        text: expect.stringContaining('terminated'),
      }),
    ]);
    expect(document.facts).toEqual([
      expect.objectContaining({ value: 40, unit: '%', origin: 'Deloitte', status: 'suggested' }),
    ]);
    expect(document.events).toEqual([expect.objectContaining({ on: '2026-01', approx: true, status: 'suggested' })]);
    expect(imported.created).toEqual({ issueRows: 3, events: 1, quotes: 1, facts: 1, actors: 1 });

    expect(document.sources[0]!.id).toBe(imported.sourceId);
    const cited = [...document.issueRows, ...document.events, ...document.quotes, ...document.facts];
    for (const item of cited) expect(item.citations.map((citation) => citation.sourceId)).toEqual([imported.sourceId]);
  });

  it('reads Markdown headings, lists, emphasis and links into the narrative', () => {
    const notebook = tempNotebook();
    const markdown = [
      '# Flight 3411',
      '',
      'A passenger was **dragged** off a flight on April 9, 2017, as [videos](https://example.com/v) show.',
      '',
      '## What followed',
      '',
      '- The CEO apologized on April 11, 2017',
      '- Shares fell',
      '',
      '> No one should ever be mistreated this way.',
    ].join('\n');
    const imported = notebook.call('cases.importArticle', { fileName: 'united.md', text: markdown });
    const document = notebook.call('cases.get', { id: imported.caseId });
    expect(document.case.title).toBe('Flight 3411');
    const lexical = JSON.stringify(document.narrative.lexical);
    expect(lexical).toContain('"type":"heading"');
    expect(lexical).toContain('"type":"list"');
    expect(lexical).toContain('"url":"https://example.com/v"');
    expect(lexical).toContain('"type":"quote"');
    expect(document.events.map((event) => event.on).sort()).toEqual(['2017-04-09', '2017-04-11']);
    expect(document.sources[0]!.note).toBe('Imported from the file “united.md”.');
  });

  it('keeps a saved web page as the case’s first source, with its snapshot', () => {
    const notebook = tempNotebook();
    const page = readFileSync(path.join(fixtures, 'web-pages/ars-1/source.html'));
    const imported = notebook.call('cases.importArticle', { fileName: 'ars.html', base64: page.toString('base64') });
    const document = notebook.call('cases.get', { id: imported.caseId });
    expect(document.case.title).toBe('Just-released Minecraft exploit makes it easy to crash game servers');
    expect(document.sources[0]?.snapshot?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(document.narrative.text.length).toBeGreaterThan(500);
  });

  it('refuses a file it cannot read with a message naming it, and writes nothing', () => {
    const notebook = tempNotebook();
    const before = notebook.call('cases.list', {}).cases.length;
    const wrongType = notebook.result('cases.importArticle', { fileName: 'report.docx', base64: 'UEsDBA==' });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (!wrongType.ok) expect(wrongType.error.message).toContain('report.docx');
    const binary = notebook.result('cases.importArticle', {
      fileName: 'notes.txt',
      base64: Buffer.from([0x50, 0x00, 0x4b, 0x00]).toString('base64'),
    });
    expect(binary).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const empty = notebook.result('cases.importArticle', { fileName: 'empty.md', text: '   \n' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(notebook.call('cases.list', {}).cases.length).toBe(before);
    expect(notebook.call('sources.list', {}).sources).toEqual([]);
  });
});
