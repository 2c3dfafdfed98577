import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callProcedure } from '../../electron/cli/procedure-call.ts';
import { readCaseDocument } from '../../electron/services/case-document.ts';
import { addSampleCase } from '../../electron/services/sample-case.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { messagesOf, runCasebook, temporaryFolder, type CliRun } from './run-casebook.ts';

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

/** A notebook holding the sample case, made by the services; Xu Jieyun marked private when asked. */
function sampleNotebook(options: { xuPrivate?: boolean } = {}): string {
  const db = folder.file('notebook.casebook');
  const notebook = openNotebook(db, { create: true });
  try {
    const { caseId } = addSampleCase(notebook.db);
    const xu = readCaseDocument(notebook.db, caseId).actors.find((actor) => actor.name === 'Xu Jieyun');
    if (options.xuPrivate === true && xu)
      callProcedure(notebook.db, 'actors.update', { id: xu.id, patch: { private: true } });
  } finally {
    notebook.close();
  }
  return db;
}

function succeeded(run: CliRun): { out: string; bytes: number } {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { out: string; bytes: number };
}

describe('casebook export --format md|html|csv', () => {
  it('writes a Markdown case file and reports where and how many bytes', async () => {
    const db = sampleNotebook();
    const result = succeeded(
      await runCasebook(['--db', db, '--json', 'export', 'xiaomi-kol-2026', '--format', 'md', '--out', 'case.md'], {
        cwd: folder.path,
      }),
    );
    expect(result).toEqual({ out: folder.file('case.md'), bytes: statSync(folder.file('case.md')).size });
    const markdown = readFileSync(folder.file('case.md'), 'utf8');
    expect(markdown).toContain('\n# Xiaomi KOL “black PR” controversy\n');
    expect(markdown).toContain('| Issue | Response | Impact | Coding | Notes |');
  });

  it('writes the HTML file with the chosen citation style, and says so in a line without --json', async () => {
    const db = sampleNotebook();
    const run = await runCasebook(
      [
        '--db',
        db,
        'export',
        'xiaomi-kol-2026',
        '--format',
        'html',
        '--style',
        'chicago-author-date',
        '--out',
        'case.html',
      ],
      { cwd: folder.path },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Exported xiaomi-kol-2026 to .*case\.html \(\d+ bytes\)\n$/);
    const html = readFileSync(folder.file('case.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toContain('<script');
    expect(html).toContain('<h2>Bibliography</h2>');
  });

  it('writes the CSV dataset into a new folder and counts the bytes of all four files', async () => {
    const db = sampleNotebook();
    const result = succeeded(
      await runCasebook(['--db', db, '--json', 'export', 'xiaomi-kol-2026', '--format', 'csv', '--out', 'dataset'], {
        cwd: folder.path,
      }),
    );
    const out = folder.file('dataset');
    expect(result.out).toBe(out);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['codings.csv', 'events.csv', 'issue-rows.csv', 'quotes.csv']);
    expect(result.bytes).toBe(files.reduce((total, name) => total + statSync(`${out}/${name}`).size, 0));
    expect(readFileSync(`${out}/issue-rows.csv`, 'utf8').startsWith('\uFEFFcase_id,case_slug,')).toBe(true);
  });

  it('refuses, writing nothing: several cases as Markdown, an unknown case, a file as the CSV folder', async () => {
    const db = sampleNotebook();
    const several = await runCasebook(
      ['--db', db, 'export', 'xiaomi-kol-2026', 'other', '--format', 'md', '--out', 'two.md'],
      { cwd: folder.path },
    );
    expect(several.code).toBe(1);
    expect(messagesOf(several)).toEqual([
      'casebook: --format md exports one case; give one case id or slug (use json or csv for several)',
    ]);
    expect(existsSync(folder.file('two.md'))).toBe(false);

    const unknown = await runCasebook(['--db', db, 'export', 'nope', '--format', 'html', '--out', 'nope.html'], {
      cwd: folder.path,
    });
    expect(unknown.code).toBe(1);
    expect(messagesOf(unknown)).toEqual(["casebook: no case with id or slug 'nope'"]);
    expect(existsSync(folder.file('nope.html'))).toBe(false);

    writeFileSync(folder.file('taken'), 'keep me');
    const fileAsFolder = await runCasebook(
      ['--db', db, 'export', 'xiaomi-kol-2026', '--format', 'csv', '--out', 'taken'],
      { cwd: folder.path },
    );
    expect(fileAsFolder.code).toBe(1);
    expect(messagesOf(fileAsFolder)).toEqual(['casebook: taken: is a file; for --format csv give a folder']);
    expect(readFileSync(folder.file('taken'), 'utf8')).toBe('keep me');

    const missingCase = await runCasebook(
      ['--db', db, 'export', 'xiaomi-kol-2026', 'nope', '--format', 'csv', '--out', 'data'],
      { cwd: folder.path },
    );
    expect(missingCase.code).toBe(1);
    expect(existsSync(folder.file('data'))).toBe(false);
  });

  it('--redact replaces private names in the CSV dataset, and is refused for a json bundle', async () => {
    const db = sampleNotebook({ xuPrivate: true });
    succeeded(
      await runCasebook(
        ['--db', db, '--json', 'export', 'xiaomi-kol-2026', '--format', 'csv', '--redact', '--out', 'dataset'],
        { cwd: folder.path },
      ),
    );
    const quotes = readFileSync(folder.file('dataset/quotes.csv'), 'utf8');
    expect(quotes).not.toContain('Xu Jieyun');
    expect(quotes).toContain('[private individual A] apologized');

    const json = await runCasebook(
      ['--db', db, 'export', 'xiaomi-kol-2026', '--format', 'json', '--redact', '--out', 'case.json'],
      { cwd: folder.path },
    );
    expect(json.code).toBe(1);
    expect(messagesOf(json)).toEqual([
      'casebook: --redact applies to md, html and csv; a json bundle is always complete',
    ]);
    expect(existsSync(folder.file('case.json'))).toBe(false);
  });
});

describe('casebook export --sections', () => {
  it('writes only the sections named, and refuses a name that is not a section', async () => {
    const db = sampleNotebook();
    succeeded(
      await runCasebook(
        [
          '--db',
          db,
          '--json',
          'export',
          'xiaomi-kol-2026',
          '--format',
          'md',
          '--sections',
          'overview,lessons',
          '--out',
          'part.md',
        ],
        { cwd: folder.path },
      ),
    );
    const markdown = readFileSync(folder.file('part.md'), 'utf8');
    expect(markdown).toMatch(/^## Lessons/m);
    expect(markdown).not.toMatch(/^## Timeline/m);
    expect(markdown).not.toMatch(/^## Bibliography/m);

    const wrong = await runCasebook(
      ['--db', db, 'export', 'xiaomi-kol-2026', '--format', 'md', '--sections', 'overview,appendix', '--out', 'bad.md'],
      { cwd: folder.path },
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/--sections: appendix is not a section \(choose from overview, narrative/);
    expect(existsSync(folder.file('bad.md'))).toBe(false);
  });

  it('names the same sections as the contract', async () => {
    const { EXPORT_SECTION_NAMES } = await import('../../electron/cli/args.ts');
    const { EXPORT_SECTIONS } = await import('../../shared/contract/procedures.ts');
    expect([...EXPORT_SECTION_NAMES]).toEqual([...EXPORT_SECTIONS]);
  });
});
