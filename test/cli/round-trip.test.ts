import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE_FORMAT, caseDocumentSchema, NOTEBOOK_FORMAT, type CaseDocument } from '../../shared/domain/case-document.ts';
import { readCaseDocument } from '../../electron/services/case-document.ts';
import { addSampleCase } from '../../electron/services/sample-case.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { messagesOf, PROJECT_ROOT, runCasebook, runProcess, temporaryFolder, type CliRun } from './run-casebook.ts';

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

/** A case bundle of the sample case, made by the services in a notebook of its own. */
function sampleBundle(name = 'sample.casebook.json'): { file: string; document: CaseDocument } {
  const notebook = openNotebook(folder.file('source.casebook'), { create: true });
  try {
    const { caseId } = addSampleCase(notebook.db);
    const document = readCaseDocument(notebook.db, caseId);
    const file = folder.file(name);
    writeFileSync(file, JSON.stringify({ ...document, exportedAt: '2026-11-23T10:00:00Z' }, null, 2));
    return { file, document };
  } finally {
    notebook.close();
  }
}

function json(run: CliRun): unknown {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

function succeeded(run: CliRun): void {
  expect(run.code, run.stderr).toBe(0);
}

function withoutExportedAt(document: unknown): unknown {
  const { exportedAt: _exportedAt, ...content } = document as { exportedAt?: string };
  return content;
}

async function casebook(db: string, ...args: string[]): Promise<CliRun> {
  return runCasebook(['--db', db, ...args], { cwd: folder.path });
}

describe('acceptance: init, import a bundle, show, export, re-import into a fresh notebook', () => {
  it('round-trips a case through the command line with identical content', async () => {
    const bundle = sampleBundle();
    const first = folder.file('first.casebook');
    expect(json(await casebook(first, '--json', 'init'))).toMatchObject({ db: first });

    const imported = json(await casebook(first, '--json', 'import', bundle.file)) as { cases: { id: string; title: string }[]; sources: unknown[]; warnings: unknown[] };
    expect(imported).toEqual({ cases: [{ id: bundle.document.case.id, title: bundle.document.case.title }], sources: [], warnings: [] });

    const shown = json(await casebook(first, '--json', 'show', bundle.document.case.id));
    expect(caseDocumentSchema.parse(shown).format).toBe(CASE_FORMAT);
    expect(shown).toEqual(bundle.document);
    expect(json(await casebook(first, '--json', 'show', bundle.document.case.slug))).toEqual(shown);

    const out = folder.file('exported.casebook.json');
    const exported = json(await casebook(first, '--json', 'export', bundle.document.case.slug, '--format', 'json', '--out', 'exported.casebook.json'));
    expect(exported).toEqual({ out, bytes: statSync(out).size });
    const written = JSON.parse(readFileSync(out, 'utf8')) as { format: string; exportedAt: string };
    expect(written.format).toBe(CASE_FORMAT);
    expect(Date.parse(written.exportedAt)).not.toBeNaN();
    expect(withoutExportedAt(written)).toEqual(shown);

    const second = folder.file('second.casebook');
    succeeded(await casebook(second, 'init'));
    json(await casebook(second, '--json', 'import', out));
    expect(json(await casebook(second, '--json', 'show', bundle.document.case.id))).toEqual(shown);
  });

  it('exports several cases as one notebook bundle that re-imports them all', async () => {
    const bundle = sampleBundle();
    const db = folder.file('two.casebook');
    succeeded(await casebook(db, 'init'));
    succeeded(await casebook(db, 'import', bundle.file));
    // The same case again comes in as a copy, with new ids, a new slug and a warning.
    const copy = json(await casebook(db, '--json', 'import', bundle.file)) as { cases: { id: string }[]; warnings: { file: string }[] };
    expect(copy.cases).toHaveLength(1);
    expect(copy.cases[0]?.id).not.toBe(bundle.document.case.id);
    expect(copy.warnings.length).toBeGreaterThan(0);
    expect(copy.warnings[0]?.file).toBe(bundle.file);
    const copyId = copy.cases[0]?.id ?? '';

    succeeded(await casebook(db, 'export', bundle.document.case.id, copyId, '--format', 'json', '--out', 'both.json'));
    const written = JSON.parse(readFileSync(folder.file('both.json'), 'utf8')) as { format: string; cases: CaseDocument[] };
    expect(written.format).toBe(NOTEBOOK_FORMAT);
    expect(written.cases.map((document) => document.case.id)).toEqual([bundle.document.case.id, copyId]);

    const fresh = folder.file('fresh.casebook');
    succeeded(await casebook(fresh, 'init'));
    succeeded(await casebook(fresh, 'import', 'both.json'));
    for (const id of [bundle.document.case.id, copyId]) {
      expect(json(await casebook(fresh, '--json', 'show', id))).toEqual(json(await casebook(db, '--json', 'show', id)));
    }
  });

  it('imports several files in one transaction: one bad file imports nothing', async () => {
    const bundle = sampleBundle();
    const db = folder.file('atomic.casebook');
    succeeded(await casebook(db, 'init'));
    const broken = JSON.parse(readFileSync(bundle.file, 'utf8')) as { case: { title: string } };
    broken.case.title = '';
    writeFileSync(folder.file('broken.json'), JSON.stringify(broken));
    const before = readFileSync(db);
    const run = await casebook(db, 'import', bundle.file, 'broken.json');
    expect(run.code).toBe(1);
    expect(messagesOf(run)).toEqual(['casebook: broken.json: case.title: must not be empty']);
    expect(readFileSync(db).equals(before)).toBe(true);
    expect(json(await casebook(db, '--json', 'list'))).toEqual({ cases: [] });
  });
  it('rolls back every file when the notebook refuses one of them after the others went in', async () => {
    const bundle = sampleBundle();
    const db = folder.file('rollback.casebook');
    succeeded(await casebook(db, 'init'));
    // Matches the schema, so it passes the command line's own check; the import service refuses it.
    const dangling = JSON.parse(readFileSync(bundle.file, 'utf8')) as CaseDocument;
    dangling.case.id = 'OTHERCASE1';
    dangling.case.slug = 'other-case';
    dangling.issueRows[0] = { ...dangling.issueRows[0]!, citations: [{ sourceId: 'NOSUCHSOURCE', locator: null }] };
    writeFileSync(folder.file('dangling.json'), JSON.stringify(dangling));
    const run = await casebook(db, 'import', bundle.file, 'dangling.json');
    expect(run.code).toBe(1);
    expect(messagesOf(run)).toHaveLength(1);
    expect(messagesOf(run)[0]).toMatch(/^casebook: dangling\.json: .*NOSUCHSOURCE/);
    expect(json(await casebook(db, '--json', 'list'))).toEqual({ cases: [] });
  });
});

describe('reading commands', () => {
  async function notebookWithSample(): Promise<{ db: string; document: CaseDocument }> {
    const bundle = sampleBundle();
    const db = folder.file('read.casebook');
    succeeded(await casebook(db, 'init'));
    succeeded(await casebook(db, 'import', bundle.file));
    return { db, document: bundle.document };
  }

  it('list prints every case, as JSON or as one line per case', async () => {
    const { db, document } = await notebookWithSample();
    const { id, slug, title, status, updatedAt } = document.case;
    expect(json(await casebook(db, '--json', 'list'))).toEqual({ cases: [{ id, slug, title, status, updatedAt }] });
    const human = await casebook(db, 'list');
    expect(human.stdout).toBe(`${updatedAt.slice(0, 10)}  ${status}  ${slug}  ${title}\n`);
    expect(json(await casebook(db, '--json', 'list', '--status', 'final'))).toEqual({ cases: [] });
    const bad = await casebook(db, 'list', '--status', 'done');
    expect(bad.code).toBe(1);
    expect(messagesOf(bad)).toEqual(["casebook: --status must be draft, review, final (got 'done')"]);
  });

  it('show of an unknown case is bad input naming it', async () => {
    const { db } = await notebookWithSample();
    const run = await casebook(db, '--json', 'show', 'no-such-case');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(messagesOf(run)).toEqual(["casebook: no case with id or slug 'no-such-case'"]);
  });

  it('search finds the sample case by a word of its text', async () => {
    const { db, document } = await notebookWithSample();
    const result = json(await casebook(db, '--json', 'search', 'Xiaomi')) as { hits: { caseId: string | null; kind: string; id: string; snippet: string }[] };
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.some((hit) => hit.caseId === document.case.id)).toBe(true);
  });

  it('check reports integrity and evidence problems with exit 0', async () => {
    const { db } = await notebookWithSample();
    const result = json(await casebook(db, '--json', 'check')) as { integrity: string; problems: { kind: string }[] };
    expect(result.integrity).toBe('ok');
    expect(Array.isArray(result.problems)).toBe(true);
  });

  it('backup writes a verified copy that the command line can read', async () => {
    const { db, document } = await notebookWithSample();
    const out = folder.file('backup.casebook');
    const result = json(await casebook(db, '--json', 'backup', '--out', 'backup.casebook'));
    expect(result).toEqual({ out, bytes: statSync(out).size, integrity: 'ok' });
    expect(json(await casebook(out, '--json', 'show', document.case.id))).toEqual(json(await casebook(db, '--json', 'show', document.case.id)));
    const clobber = await casebook(db, 'backup', '--out', db);
    expect(clobber.code).toBe(1);
  });
});

describe('the npm script', () => {
  it('runs as `npm run --silent casebook -- …`, resolving --db against the folder npm was run in', async () => {
    const run = await runProcess('npm', ['run', '--silent', '--prefix', PROJECT_ROOT, 'casebook', '--', '--db', 'via-npm.casebook', '--json', 'init'], folder.path);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ db: folder.file('via-npm.casebook') });
  });
});
