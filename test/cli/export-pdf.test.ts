import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPdfBrowser } from '../../electron/cli/pdf-browser.ts';
import { addSampleCase } from '../../electron/services/sample-case.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { messagesOf, runCasebook, temporaryFolder } from './run-casebook.ts';

/** The browser the command line itself would find (CI installs /usr/bin/chromium), or null. */
function installedBrowser(): string | null {
  try {
    return findPdfBrowser(null);
  } catch {
    return null;
  }
}

const browser = installedBrowser();
if (browser === null)
  console.log('export-pdf: skipping the printing tests, no Chrome, Chromium or Edge is installed at a standard path');

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

/** The PDF's text with line breaks and runs of spaces made single spaces (table cells wrap). */
function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('casebook export --format pdf', () => {
  it.skipIf(browser === null)(
    'prints the sample case: title, table rows and bibliography are in the PDF, and its first page renders',
    async () => {
      const db = sampleNotebook();
      const run = await runCasebook(
        ['--db', db, '--json', 'export', 'xiaomi-kol-2026', '--format', 'pdf', '--out', 'case.pdf'],
        { cwd: folder.path },
      );
      expect(run.code, run.stderr).toBe(0);
      const pdf = folder.file('case.pdf');
      expect(JSON.parse(run.stdout)).toEqual({ out: pdf, bytes: statSync(pdf).size });
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const text = pdfText(pdf);
      expect(text).toContain('Xiaomi KOL “black PR” controversy');
      expect(text).toContain('Issue Response Impact Coding Notes');
      expect(text).toContain('Allegations of commissioning Issued a public apology and');
      expect(text).toContain('about January 2026 — Xu Jieyun apologizes for the contact with the KOL (apology)');
      expect(text).toContain(
        'Bibliography Xiaomi and KOL engagement: apologies and damage control after “black PR” allegations.',
      );

      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, folder.file('page')]);
      const [image] = readdirSync(folder.path).filter((name) => name.startsWith('page') && name.endsWith('.png'));
      expect(image).toBeDefined();
      expect(
        readFileSync(folder.file(image ?? ''))
          .subarray(1, 4)
          .toString('latin1'),
      ).toBe('PNG');
      expect(readdirSync(folder.path).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    },
    60_000,
  );

  it('refuses a --browser that is not there, in one line naming --browser, and writes nothing', async () => {
    const db = sampleNotebook();
    const run = await runCasebook(
      ['--db', db, 'export', 'xiaomi-kol-2026', '--format', 'pdf', '--out', 'case.pdf', '--browser', '/nonexistent'],
      { cwd: folder.path },
    );
    expect(run.code).toBe(1);
    expect(messagesOf(run)).toEqual([
      'casebook: --browser /nonexistent: no executable file there; give the path of Chrome, Chromium or Edge',
    ]);
    expect(existsSync(folder.file('case.pdf'))).toBe(false);
  });

  it('refuses --browser with another format, and several cases as one PDF', async () => {
    const db = sampleNotebook();
    const html = await runCasebook(
      [
        '--db',
        db,
        'export',
        'xiaomi-kol-2026',
        '--format',
        'html',
        '--out',
        'case.html',
        '--browser',
        '/usr/bin/chromium',
      ],
      { cwd: folder.path },
    );
    expect(html.code).toBe(1);
    expect(messagesOf(html)).toEqual(['casebook: --browser applies to --format pdf only']);
    const several = await runCasebook(
      ['--db', db, 'export', 'xiaomi-kol-2026', 'other', '--format', 'pdf', '--out', 'case.pdf'],
      { cwd: folder.path },
    );
    expect(several.code).toBe(1);
    expect(messagesOf(several)).toEqual([
      'casebook: --format pdf exports one case; give one case id or slug (use json or csv for several)',
    ]);
    expect(readdirSync(folder.path).filter((name) => !name.startsWith('notebook.casebook'))).toEqual([]);
  });
});
