/**
 * `npm run docs:images`: renders the first page of the sample case's PDF export (the command line's
 * Chromium path) and of its DOCX export as LibreOffice lays it out, into docs/ for the README.
 * Needs a Chromium-based browser, LibreOffice (soffice) and pdftoppm.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addSampleCase } from '../../electron/services/sample-case.ts';
import { openNotebook } from '../../electron/store/notebook.ts';

const root = path.resolve(import.meta.dirname, '../..');
const docs = path.join(root, 'docs');
const work = mkdtempSync(path.join(tmpdir(), 'casebook-docs-'));
const RESOLUTION = '60';

function casebook(...args: string[]): void {
  execFileSync(
    process.execPath,
    [path.join(root, 'electron/cli/casebook.ts'), '--db', path.join(work, 'sample.casebook'), ...args],
    {
      cwd: work,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/** Page 1 of a PDF as a PNG in docs/. */
function firstPage(pdf: string, name: string): void {
  const stem = path.join(work, name);
  execFileSync('pdftoppm', ['-png', '-r', RESOLUTION, '-f', '1', '-l', '1', '-singlefile', pdf, stem]);
  copyFileSync(`${stem}.png`, path.join(docs, `${name}.png`));
  console.log(`wrote docs/${name}.png`);
}

try {
  const notebook = openNotebook(path.join(work, 'sample.casebook'), { create: true });
  const { caseId } = addSampleCase(notebook.db);
  notebook.close();

  casebook('export', caseId, '--format', 'pdf', '--out', 'case.pdf');
  firstPage(path.join(work, 'case.pdf'), 'sample-case-pdf-page-1');

  casebook('export', caseId, '--format', 'docx', '--out', 'case.docx');
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(work, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      path.join(work, 'lo'),
      path.join(work, 'case.docx'),
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  firstPage(path.join(work, 'lo', 'case.pdf'), 'sample-case-docx-page-1');
} finally {
  rmSync(work, { recursive: true, force: true });
}
