import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { PushPayload } from '../../../shared/contract/events.ts';
import { analyseArticle, type AnalysedArticle } from '../../../electron/services/article-import/analyse-article.ts';
import { onImportProgress } from '../../../electron/services/article-import/import-jobs.ts';
import { dispatchAsync } from '../../../electron/services/dispatch.ts';
import { createPreparers } from '../../../electron/services/preparers.ts';
import { tempNotebook } from '../../helpers/temp-notebook.ts';
import { notebookHash } from '../../helpers/notebook-hash.ts';

const fixtures = path.resolve(import.meta.dirname, '../../../../shared/fixtures');
const seed = readFileSync(path.join(fixtures, 'seed/xiaomi-kol-2026.txt'), 'utf8');
/** About 2 MB of Markdown: long enough to cancel while the worker is still parsing it. */
const bigArticle = `# Big\n\n${Array.from({ length: 400 }, (_, index) => seed.replaceAll('Xiaomi', `Xiaomi ${index}`)).join('\n\n')}`;

function progressOf(importId: string): PushPayload<'import-progress'>[] {
  const seen: PushPayload<'import-progress'>[] = [];
  onTestFinished(onImportProgress((progress) => (progress.importId === importId ? seen.push(progress) : undefined)));
  return seen;
}

describe('an article imported in the background', () => {
  it('reports each phase with a growing fraction, then writes the case', async () => {
    const notebook = tempNotebook();
    const progress = progressOf('import-1');
    const result = await dispatchAsync(notebook.db, 'cases.importArticle', {
      fileName: 'xiaomi.txt',
      text: seed,
      importId: 'import-1',
    });
    expect(result.ok).toBe(true);
    expect(progress.map((each) => each.phase)).toEqual(['reading', 'parsing', 'finding-claims', 'writing']);
    const fractions = progress.map((each) => each.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(notebook.call('notebook.info', {}).caseCount).toBe(1);
  });

  it('writes nothing when cancelled while parsing, and answers that it was cancelled', async () => {
    const notebook = tempNotebook();
    notebook.call('notebook.addSample', {});
    const before = notebookHash(notebook.db);
    const progress = progressOf('big');
    let cancelled: unknown = null;
    onTestFinished(
      onImportProgress((each) => {
        if (each.importId === 'big' && each.phase === 'parsing' && cancelled === null)
          cancelled = notebook.call('imports.cancel', { importId: 'big' });
      }),
    );
    const result = await dispatchAsync(notebook.db, 'cases.importArticle', {
      fileName: 'big.md',
      text: bigArticle,
      importId: 'big',
    });
    expect(cancelled).toEqual({ cancelled: true });
    expect(result).toEqual({
      ok: false,
      error: { code: 'cancelled', message: expect.stringMatching(/cancelled; nothing was added/) },
    });
    expect(progress.map((each) => each.phase)).not.toContain('writing');
    expect(notebookHash(notebook.db)).toBe(before);
    // The id is free again, and a cancel that comes too late says so.
    expect(notebook.call('imports.cancel', { importId: 'big' })).toEqual({ cancelled: false });
  });

  it('writes nothing when the write fails part of the way through', async () => {
    const notebook = tempNotebook();
    notebook.call('notebook.addSample', {});
    const before = notebookHash(notebook.db);
    const real = analyseArticle({ fileName: 'xiaomi.txt', text: seed });
    // A fact the notebook refuses, after the case, narrative, source, rows, events and quotes went in.
    const broken: AnalysedArticle = {
      ...real,
      claims: {
        ...real.claims,
        facts: [...real.claims.facts, { statement: ' ', value: null, unit: null, origin: null }],
      },
    };
    const preparers = { ...createPreparers(), 'cases.importArticle': () => Promise.resolve(broken) };
    const result = await dispatchAsync(
      notebook.db,
      'cases.importArticle',
      { fileName: 'xiaomi.txt', text: seed },
      preparers,
    );
    expect(result.ok).toBe(false);
    expect(notebookHash(notebook.db)).toBe(before);
  });

  it('refuses a file that is not text from the worker with a message naming it, writing nothing', async () => {
    const notebook = tempNotebook();
    const before = notebookHash(notebook.db);
    const result = await dispatchAsync(notebook.db, 'cases.importArticle', {
      fileName: 'photo.txt',
      base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]).toString('base64'),
      importId: 'png',
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('photo.txt is not a text file') },
    });
    expect(notebookHash(notebook.db)).toBe(before);
  });

  it('refuses a second import under an id that is already running', async () => {
    const notebook = tempNotebook();
    const first = dispatchAsync(notebook.db, 'cases.importArticle', {
      fileName: 'a.md',
      text: bigArticle,
      importId: 'same',
    });
    const second = await dispatchAsync(notebook.db, 'cases.importArticle', {
      fileName: 'b.md',
      text: seed,
      importId: 'same',
    });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    notebook.call('imports.cancel', { importId: 'same' });
    expect(await first).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('writes a big article from the worker, so the thread that serves the window keeps answering meanwhile', async () => {
    const notebook = tempNotebook();
    const seenWhileWriting: number[] = [];
    let writing = false;
    onTestFinished(
      onImportProgress((each) => {
        if (each.importId === 'write-off-thread' && each.phase === 'writing') writing = true;
      }),
    );
    // What the window would ask while the case is written: the main connection answers, outside any transaction.
    const probe = setInterval(() => {
      if (writing && !notebook.db.inTransaction) seenWhileWriting.push(notebook.call('notebook.info', {}).caseCount);
    }, 5);
    onTestFinished(() => clearInterval(probe));
    const result = await dispatchAsync(
      notebook.db,
      'cases.importArticle',
      { fileName: 'big.md', text: bigArticle, importId: 'write-off-thread' },
      createPreparers(),
    );
    clearInterval(probe);
    expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
    const { caseId, created } = (result as { value: { caseId: string; created: { issueRows: number } } }).value;
    expect(created.issueRows).toBeGreaterThan(400);
    expect(notebook.call('cases.get', { id: caseId }).issueRows).toHaveLength(created.issueRows);
    expect(notebook.call('versions.list', { caseId }).versions.map((version) => version.reason)).toEqual(['import']);
    // The main thread answered while the worker wrote: no case until the worker committed it.
    expect(seenWhileWriting).toContain(0);
    expect(seenWhileWriting.every((count) => count === 0 || count === 1)).toBe(true);
  }, 60_000);
});
