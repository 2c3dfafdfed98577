import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCaseDocument } from '../../electron/services/case-document.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { messagesOf, PROJECT_ROOT, runCasebook, temporaryFolder } from './run-casebook.ts';

const SEED = path.resolve(PROJECT_ROOT, '../shared/fixtures/seed/xiaomi-kol-2026.txt');

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

async function initNotebook(): Promise<string> {
  const db = folder.file('notebook.casebook');
  const run = await runCasebook(['--db', db, 'init'], { cwd: folder.path });
  expect(run.code, run.stderr).toBe(0);
  return db;
}

describe('casebook import of articles', () => {
  it('makes one draft case per article and reports what it was unsure of', async () => {
    const db = await initNotebook();
    copyFileSync(SEED, folder.file('xiaomi.txt'));
    writeFileSync(folder.file('note.md'), '# A short note\n\nThe recall began on 5 January 2026.\n');
    const run = await runCasebook(['--db', db, '--json', 'import', 'xiaomi.txt', 'note.md'], { cwd: folder.path });
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      cases: { id: string; title: string }[];
      sources: unknown[];
      warnings: { file: string; message: string }[];
    };
    expect(result.cases.map((imported) => imported.title)).toEqual([
      expect.stringMatching(/Xiaomi|KOL/),
      'A short note',
    ]);
    expect(
      result.warnings.some((warning) => warning.file === 'xiaomi.txt' && /cut off|incomplete/i.test(warning.message)),
    ).toBe(true);

    const notebook = openNotebook(db, { readonly: true });
    try {
      const seedCase = readCaseDocument(notebook.db, result.cases[0]!.id);
      expect(seedCase.issueRows).toHaveLength(3);
      expect(seedCase.sources).toHaveLength(1);
      const note = readCaseDocument(notebook.db, result.cases[1]!.id);
      expect(note.events).toEqual([expect.objectContaining({ on: '2026-01-05', status: 'suggested' })]);
    } finally {
      notebook.close();
    }
  });

  it('imports nothing when one of the files is bad', async () => {
    const db = await initNotebook();
    copyFileSync(SEED, folder.file('xiaomi.txt'));
    writeFileSync(folder.file('blank.md'), '   \n');
    const before = readFileSync(db);
    const run = await runCasebook(['--db', db, 'import', 'xiaomi.txt', 'blank.md'], { cwd: folder.path });
    expect(run.code).toBe(1);
    expect(messagesOf(run)).toEqual(['casebook: blank.md: the article has no text to import.']);
    expect(readFileSync(db).equals(before)).toBe(true);
  });
});
