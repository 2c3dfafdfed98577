import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSampleCase } from '../../../electron/services/sample-case.ts';
import { openNotebook } from '../../../electron/store/notebook.ts';
import { runCasebook, temporaryFolder } from '../../cli/run-casebook.ts';
import {
  block,
  caseWithNarrative,
  cell,
  link,
  list,
  listItem,
  notebookWithSample,
  paragraph,
  row,
  state,
  text,
} from './export-fixtures.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Docx {
  readonly zip: JSZip;
  readonly document: string;
  readonly footnotes: string;
  part(name: string): Promise<string>;
}

async function unzip(bytes: Buffer): Promise<Docx> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => {
    const file = zip.file(name);
    expect(file, name).not.toBeNull();
    return file === null ? '' : file.async('string');
  };
  return { zip, document: await part('word/document.xml'), footnotes: await part('word/footnotes.xml'), part };
}

/** The text of the XML with its tags dropped (and entities of quotes unescaped), for reading like a person. */
function plain(xml: string): string {
  return xml
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The paragraphs of document.xml with the given style, as their text. */
function styled(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)]
    .map((match) => match[1] ?? '')
    .filter((body) => body.includes(`<w:pStyle w:val="${style}"/>`))
    .map(plain);
}

async function exportSample(request: Record<string, unknown> = {}) {
  const { notebook, caseId } = notebookWithSample();
  const result = notebook.call('cases.export', { id: caseId, format: 'docx', ...request });
  return { result, docx: await unzip(Buffer.from(result.base64 ?? '', 'base64')) };
}

describe('Word (DOCX) export of the sample case', () => {
  it('is a .docx named after the slug, with the title and creator in its properties', async () => {
    const { result, docx } = await exportSample();
    expect(result.fileName).toBe('xiaomi-kol-2026.docx');
    expect(result.mediaType).toBe(DOCX);
    expect(result.text).toBe('');
    const core = await docx.part('docProps/core.xml');
    expect(core).toContain('<dc:title>Xiaomi KOL “black PR” controversy</dc:title>');
    expect(core).toContain('<dc:creator>Casebook</dc:creator>');
    expect(await docx.part('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
  });

  it('uses real Word headings: the title, the sections as Heading 1, the narrative’s headings below them', async () => {
    const { docx } = await exportSample();
    expect(styled(docx.document, 'Title')).toEqual(['Xiaomi KOL “black PR” controversy']);
    expect(styled(docx.document, 'Heading1')).toEqual([
      'Overview',
      'Narrative',
      'Issues, responses and impact',
      'Timeline',
      'Quotes',
      'Facts and figures',
      'Lessons',
      'Bibliography',
    ]);
    expect(styled(docx.document, 'Heading3')).toEqual(['What happened', 'How Xiaomi responded', 'Open questions']);
  });

  it('puts the issue / response / impact rows in a Word table with a header row', async () => {
    const { docx } = await exportSample();
    const tables = [...docx.document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((match) => match[1] ?? '');
    expect(tables).toHaveLength(1);
    const rows = [...(tables[0] ?? '').matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((match) => match[1] ?? '');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('<w:tblHeader/>');
    const cellsOf = (rowXml: string) =>
      [...rowXml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((match) => plain(match[1] ?? ''));
    expect(cellsOf(rows[0] ?? '')).toEqual(['Issue', 'Response', 'Impact', 'Coding', 'Notes']);
    expect(cellsOf(rows[1] ?? '').slice(0, 4)).toEqual([
      'Allegations of commissioning “black PR”',
      'Issued a public apology and terminated collaboration with the KOL.',
      'Increased scrutiny of influencer marketing practices.',
      'SCCT: Apology; Benoit: Mortification',
    ]);
    expect(cellsOf(rows[3] ?? '')[4]).toBe('incomplete ');
  });

  it('makes every citation a Word footnote naming its source, numbered in order of first use', async () => {
    const { docx } = await exportSample();
    const references = [...docx.document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(references).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const notes = [...docx.footnotes.matchAll(/<w:footnote w:id="(\d+)">([\s\S]*?)<\/w:footnote>/g)].map((m) => [
      Number(m[1]),
      plain(m[2] ?? ''),
    ]);
    expect(notes.map(([id]) => id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const [, note] of notes)
      expect(note).toContain('Xiaomi and KOL engagement: apologies and damage control after “black PR” allegations');
    expect(notes[0]?.[1]).toContain('“The Controversy: Xiaomi and KOL Engagement”');
  });

  it('ends with the bibliography in the chosen style', async () => {
    const apa = await exportSample();
    const harvard = await exportSample({ style: 'harvard' });
    const bibliography = (xml: string) => plain(xml.slice(xml.lastIndexOf('<w:pStyle w:val="Heading1"/>')));
    expect(bibliography(apa.docx.document)).toMatch(
      /^Bibliography\s*Xiaomi and KOL engagement: apologies and damage control after “black PR” allegations\. \(n\.d\.\)\./,
    );
    // Cite Them Right (Harvard): "(No date)" where APA has "(n.d.)".
    expect(bibliography(harvard.docx.document)).toContain('(No date)');
  });

  it('lists the timeline, quotes, facts and numbered lessons', async () => {
    const { docx } = await exportSample();
    const body = plain(docx.document);
    expect(body).toContain('about January 2026 — Xu Jieyun apologizes for the contact with the KOL (apology).');
    expect(styled(docx.document, 'CasebookQuote')).toContain('— Xu Jieyun, about January 2026');
    expect(body).toContain('(value 40%; origin: Deloitte; about 2025)');
    expect(body).toContain('Briefing or paying influencers against competitors is a reputational risk in itself');
    expect(await docx.part('word/numbering.xml')).toContain('w:val="decimal"');
  });

  it('includes only the sections asked for, and replaces private names when redacting', async () => {
    const { notebook, caseId } = notebookWithSample();
    const xu = notebook.call('cases.get', { id: caseId }).actors.find((actor) => actor.name === 'Xu Jieyun');
    expect(xu).toBeDefined();
    notebook.call('actors.update', { id: xu?.id ?? '', patch: { private: true } });
    const result = notebook.call('cases.export', {
      id: caseId,
      format: 'docx',
      sections: ['quotes', 'timeline'],
      redact: true,
    });
    const { document } = await unzip(Buffer.from(result.base64 ?? '', 'base64'));
    expect(styled(document, 'Heading1')).toEqual(['Timeline', 'Quotes']);
    expect(plain(document)).not.toContain('Xu Jieyun');
    expect(plain(document)).toContain('[private individual A]');
  });
});

describe('Word (DOCX) export of a narrative', () => {
  it('keeps formatting, lists, quotes, links and tables as Word structures', async () => {
    const { notebook } = notebookWithSample();
    const id = caseWithNarrative(
      notebook,
      'Formatting',
      state(
        block('heading', [text('Background')], { tag: 'h1' }),
        paragraph(
          text('bold', 1),
          text(' '),
          text('italic', 2),
          text(' '),
          text('under', 8),
          text(' '),
          text('gone', 4),
        ),
        list('bullet', listItem(text('first point')), listItem(text('second point'))),
        list('number', listItem(text('step one')), listItem(text('step two'))),
        block('quote', [text('A quoted line')]),
        paragraph(text('See '), link('https://example.org/report', text('the report')), text('.')),
        block('table', [row(cell('Who', 1), cell('What', 1)), row(cell('Xiaomi'), cell('Apologized'))]),
        paragraph(link('javascript:alert(1)', text('unsafe link'))),
      ),
    );
    const result = notebook.call('cases.export', { id, format: 'docx', sections: ['narrative'] });
    const docx = await unzip(Buffer.from(result.base64 ?? '', 'base64'));
    const xml = docx.document;
    expect(styled(xml, 'Heading2')).toEqual(['Background']);
    expect(xml).toMatch(/<w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">bold<\/w:t>/);
    expect(xml).toMatch(/<w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">italic<\/w:t>/);
    expect(xml).toMatch(/<w:rPr><w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">under<\/w:t>/);
    expect(xml).toMatch(/<w:rPr><w:strike\/><\/w:rPr><w:t xml:space="preserve">gone<\/w:t>/);
    // Nothing is switched off explicitly, so a heading keeps its style's bold.
    expect(xml).not.toContain('w:val="false"');
    const bullets = styled(xml, 'ListParagraph');
    expect(bullets).toEqual(['first point', 'second point', 'step one', 'step two']);
    expect(styled(xml, 'CasebookQuote')).toEqual(['A quoted line']);
    const hyperlink = /<w:hyperlink[^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/.exec(xml);
    expect(plain(hyperlink?.[2] ?? '')).toBe('the report');
    expect(await docx.part('word/_rels/document.xml.rels')).toMatch(
      new RegExp(
        `Id="${hyperlink?.[1] ?? 'none'}"[^>]*Target="https://example.org/report"|Target="https://example.org/report"[^>]*Id="${hyperlink?.[1] ?? 'none'}"`,
      ),
    );
    expect(plain(xml)).toContain('unsafe link');
    expect(xml).not.toContain('javascript:');
    const table = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(xml)?.[1] ?? '';
    expect(table).toContain('<w:tblHeader/>');
    expect(plain(table)).toBe('WhoWhatXiaomiApologized');
  });
});

describe('casebook export --format docx', () => {
  let folder: ReturnType<typeof temporaryFolder>;
  beforeEach(() => {
    folder = temporaryFolder();
  });
  afterEach(() => folder.remove());

  function sampleNotebook(): string {
    const db = folder.file('notebook.casebook');
    const notebook = openNotebook(db, { create: true });
    try {
      addSampleCase(notebook.db);
    } finally {
      notebook.close();
    }
    return db;
  }

  it('writes the Word file and reports where and how many bytes', async () => {
    const db = sampleNotebook();
    const run = await runCasebook(
      ['--db', db, '--json', 'export', 'xiaomi-kol-2026', '--format', 'docx', '--out', 'case.docx'],
      {
        cwd: folder.path,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      out: folder.file('case.docx'),
      bytes: statSync(folder.file('case.docx')).size,
    });
    const docx = await unzip(readFileSync(folder.file('case.docx')));
    expect(styled(docx.document, 'Title')).toEqual(['Xiaomi KOL “black PR” controversy']);
    expect(docx.document).toContain('<w:footnoteReference w:id="1"/>');
  });

  it('refuses several cases, writing nothing', async () => {
    const db = sampleNotebook();
    const run = await runCasebook(
      ['--db', db, 'export', 'xiaomi-kol-2026', 'other', '--format', 'docx', '--out', 'two.docx'],
      {
        cwd: folder.path,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--format docx exports one case');
    expect(existsSync(folder.file('two.docx'))).toBe(false);
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find((candidate) =>
    existsSync(candidate),
  );
  if (soffice === undefined) console.info('Skipping the LibreOffice check of the DOCX: no soffice on this machine.');
  it.skipIf(soffice === undefined)(
    'opens in LibreOffice, which lays it out with its title, sections, table, footnotes and bibliography',
    async () => {
      const db = sampleNotebook();
      const run = await runCasebook(
        ['--db', db, 'export', 'xiaomi-kol-2026', '--format', 'docx', '--out', 'case.docx'],
        {
          cwd: folder.path,
        },
      );
      expect(run.code, run.stderr).toBe(0);
      execFileSync(
        soffice ?? 'soffice',
        [
          `-env:UserInstallation=file://${folder.file('lo-profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          folder.path,
          folder.file('case.docx'),
        ],
        { timeout: 120_000, stdio: 'ignore' },
      );
      const pdf = readFileSync(path.join(folder.path, 'case.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // What LibreOffice laid out, read back as a person reads the pages (line breaks and hyphens undone).
      const laidOut = execFileSync('pdftotext', ['-layout', path.join(folder.path, 'case.pdf'), '-'], {
        encoding: 'utf8',
      });
      const pages = laidOut.split('\f').filter((page) => page.trim() !== '');
      const words = laidOut.replace(/\s+/g, ' ');
      expect(pages.length).toBeGreaterThan(1);
      expect(pages[0]).toContain('Xiaomi KOL “black PR” controversy');
      for (const heading of ['Overview', 'Narrative', 'Issues, responses and impact', 'Timeline', 'Quotes', 'Facts and figures', 'Lessons', 'Bibliography'])
        expect(words).toContain(heading);
      // The table: its header, and an issue with the response beside it on the same line.
      expect(laidOut).toMatch(/Issue\s+Response\s+Impact/);
      expect(laidOut).toMatch(/Allegations of\s+Issued a public\s+Increased scrutiny/);
      // A footnote names its source at the foot of a page, and the bibliography lists it in APA.
      expect(words).toContain('“The Controversy: Xiaomi and KOL Engagement”');
      const bibliography = words.slice(words.lastIndexOf('Bibliography'));
      expect(bibliography).toMatch(/Xiaomi and KOL engagement: apologies and damage control after “black PR” allegations\. \(n\.d\.\)/);

      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path.join(folder.path, 'case.pdf'), folder.file('page-1')]);
      const png = readFileSync(folder.file('page-1.png'));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.length).toBeGreaterThan(10_000);
    },
    150_000,
  );
});
