import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/store/notebook.ts';
import { messagesOf, runCasebook, temporaryFolder } from './run-casebook.ts';

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

async function initNotebook(name = 'notebook.casebook'): Promise<string> {
  const db = folder.file(name);
  const run = await runCasebook(['--db', db, 'init']);
  expect(run.code, run.stderr).toBe(0);
  return db;
}

describe('usage errors exit 2 with one line and a hint', () => {
  it.each([
    [['list', '--bogus'], "casebook: unknown option '--bogus' for list. Run 'casebook list --help' for usage."],
    [['frobnicate'], "casebook: unknown command 'frobnicate'. Run 'casebook --help' for usage."],
    [['show'], "casebook: show needs a case id or slug. Run 'casebook show --help' for usage."],
    [[], "casebook: no command given. Run 'casebook --help' for usage."],
  ])('%j', async (args, message) => {
    const run = await runCasebook(['--db', folder.file('never.casebook'), ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(messagesOf(run)).toEqual([message]);
    expect(readdirSync(folder.path)).toEqual([]);
  });
});

describe('notebook problems exit 3 and change nothing', () => {
  it.each([['list'], ['show', 'x'], ['search', 'apology'], ['check'], ['backup', '--out', 'copy.casebook'], ['export', 'x', '--format', 'json', '--out', 'x.json']])(
    'a missing notebook: %j creates no file',
    async (...args) => {
      const db = folder.file('missing.casebook');
      const run = await runCasebook(['--db', db, ...args], { cwd: folder.path });
      expect(run.code).toBe(3);
      expect(run.stdout).toBe('');
      expect(messagesOf(run)).toEqual([`casebook: no notebook at ${db} (create one with: casebook --db ${db} init)`]);
      expect(readdirSync(folder.path)).toEqual([]);
    },
  );

  it('a missing notebook for import: the bundle is read, nothing is created', async () => {
    writeFileSync(folder.file('case.json'), JSON.stringify({ format: 'casebook.notebook/v1', cases: [] }));
    const run = await runCasebook(['--db', folder.file('missing.casebook'), 'import', folder.file('case.json')]);
    expect(run.code).toBe(3);
    expect(readdirSync(folder.path)).toEqual(['case.json']);
  });

  it('a notebook from a newer Casebook is refused by every command and left byte-for-byte as it was', async () => {
    const db = await initNotebook();
    const bytes = readFileSync(db);
    bytes.writeUInt32BE(LATEST_SCHEMA_VERSION + 1, 60); // user_version in the SQLite header
    writeFileSync(db, bytes);
    writeFileSync(folder.file('empty.json'), JSON.stringify({ format: 'casebook.notebook/v1', cases: [] }));
    for (const args of [['init'], ['list'], ['check'], ['import', folder.file('empty.json')]]) {
      const run = await runCasebook(['--db', db, '--json', ...args]);
      expect(run.code, args.join(' ')).toBe(3);
      expect(run.stdout).toBe('');
      expect(messagesOf(run)).toHaveLength(1);
      expect(messagesOf(run)[0]).toMatch(/newer Casebook/);
      expect(readFileSync(db).equals(bytes)).toBe(true);
    }
    expect(readdirSync(folder.path).sort()).toEqual(['empty.json', 'notebook.casebook']);
  });

  it('a file that is not a notebook is refused, even by init, and left as it was', async () => {
    const db = folder.file('notes.casebook');
    writeFileSync(db, 'my shopping list\n');
    for (const args of [['init'], ['list']]) {
      const run = await runCasebook(['--db', db, ...args]);
      expect(run.code).toBe(3);
      expect(messagesOf(run)).toEqual([`casebook: ${db} is not a Casebook notebook (not a SQLite database).`]);
    }
    expect(readFileSync(db, 'utf8')).toBe('my shopping list\n');
  });
});

describe('bad input exits 1 with one line naming the file, and imports nothing', () => {
  it('malformed JSON', async () => {
    const db = await initNotebook();
    const before = readFileSync(db);
    writeFileSync(folder.file('broken.casebook.json'), '{"format": "casebook.case/v1", ');
    const run = await runCasebook(['--db', db, 'import', 'broken.casebook.json'], { cwd: folder.path });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(messagesOf(run)).toHaveLength(1);
    expect(messagesOf(run)[0]).toMatch(/^casebook: broken\.casebook\.json: is not valid JSON \(.+\)$/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it.each([
    ['missing.json', null, 'casebook: missing.json: no such file'],
    ['article.md', '  \n\n', 'casebook: article.md: the article has no text to import.'],
    ['notes.txt', 'P\u0000K\u0000', 'casebook: notes.txt: is not a text file (it holds binary data)'],
    ['saved.mhtml', 'MIME-Version: 1.0', 'casebook: saved.mhtml: a web archive becomes a source, not a case; add --as-source to add the page as a source'],
    ['refs.bib', '@article{x}', /^casebook: refs\.bib: this is not valid BibTeX: .+ \(line \d+, column \d+\)$/],
    ['photo.png', 'png', 'casebook: photo.png: cannot import a .png file (this version imports .md, .markdown, .txt, .html and .htm articles, .json, .casebook.json, .bib and .ris files, and .mhtml pages with --as-source)'],
    ['sources.json', '[{"title": "x"}]', 'casebook: sources.json: this is not valid CSL-JSON: item 1 has no "type".'],
    ['other.json', '{"name": "x"}', 'casebook: other.json: is neither a Casebook bundle (its "format" is not "casebook.case/v1" or "casebook.notebook/v1") nor CSL-JSON (an item has a "type")'],
    ['future.json', '{"format": "casebook.case/v2"}', 'casebook: future.json: is a casebook.case/v2 document, which this version of Casebook cannot read'],
    ['wrong.json', '{"format": "casebook.case/v1", "case": {"title": ""}}', /^casebook: wrong\.json: case\.id: .+; case\.slug: .+/],
  ])('%s', async (name, content, expected) => {
    const db = await initNotebook();
    if (content !== null) writeFileSync(folder.file(name), content);
    const run = await runCasebook(['--db', db, '--json', 'import', name], { cwd: folder.path });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(messagesOf(run)).toHaveLength(1);
    if (typeof expected === 'string') expect(messagesOf(run)[0]).toBe(expected);
    else expect(messagesOf(run)[0]).toMatch(expected);
  });

  it('an unsupported export format names the format', async () => {
    const db = await initNotebook();
    const run = await runCasebook(['--db', db, 'export', 'x', '--format', 'odt', '--out', folder.file('x.odt')]);
    expect(run.code).toBe(1);
    expect(messagesOf(run)).toEqual(['casebook: format odt is not a known export format (this version exports json, md, html, csv, pdf, docx)']);
    expect(existsSync(folder.file('x.odt'))).toBe(false);
  });
});

describe('--json', () => {
  it('init prints exactly one JSON document with the notebook path and schema version', async () => {
    const db = folder.file('new.casebook');
    const run = await runCasebook(['--db', db, '--json', 'init']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ db, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(messagesOf(run)).toEqual([]);
  });

  it('init without --json prints one human line', async () => {
    const db = folder.file('new.casebook');
    const run = await runCasebook(['--db', db, 'init']);
    expect(run.stdout).toBe(`Created notebook ${db} (schema version ${LATEST_SCHEMA_VERSION})\n`);
    const again = await runCasebook(['--db', db, 'init']);
    expect(again.stdout).toBe(`Notebook ${db} is ready (schema version ${LATEST_SCHEMA_VERSION})\n`);
  });

  it('init refuses a --db whose folder does not exist, creating nothing', async () => {
    const db = folder.file('no/such/folder/x.casebook');
    const run = await runCasebook(['--db', db, 'init']);
    expect(run.code).toBe(1);
    expect(messagesOf(run)).toEqual([`casebook: ${db}: folder ${folder.file('no/such/folder')} does not exist`]);
    expect(readdirSync(folder.path)).toEqual([]);
  });
});
