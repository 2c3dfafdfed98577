import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Source } from '../../shared/domain/case-document.ts';
import { readCaseDocument } from '../../electron/services/case-document.ts';
import { addSampleCase } from '../../electron/services/sample-case.ts';
import { getSourceById } from '../../electron/services/sources.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { messagesOf, PROJECT_ROOT, runCasebook, temporaryFolder, type CliRun } from './run-casebook.ts';

const WEB_PAGES = path.resolve(PROJECT_ROOT, '../shared/fixtures/web-pages');
const MHTML = path.resolve(PROJECT_ROOT, 'test/services/fixtures/blink-saved-zh.mhtml');

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

interface Imported {
  cases: { id: string; title: string }[];
  sources: { id: string; title: string }[];
  warnings: { file: string | null; message: string }[];
}

async function casebook(db: string, ...args: string[]): Promise<CliRun> {
  return runCasebook(['--db', db, ...args], { cwd: folder.path });
}

async function initNotebook(): Promise<string> {
  const db = folder.file('notebook.casebook');
  const run = await casebook(db, 'init');
  expect(run.code, run.stderr).toBe(0);
  return db;
}

function imported(run: CliRun): Imported {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Imported;
}

/** The stored sources, read through the services after the command has closed the notebook. */
function storedSources(db: string, ids: readonly string[]): Source[] {
  const notebook = openNotebook(db);
  try {
    return ids.map((id) => getSourceById(notebook.db, { id }));
  } finally {
    notebook.close();
  }
}

const BIBTEX = String.raw`@article{muller2026,
  author = {M{\"u}ller, J{\"o}rg and Dupont, Am{\'e}lie and 王, 晓明},
  title = {Paid Posts and Platform Trust: The {Xiaomi} {KOL} Affair},
  journal = {Journal of Public Relations Research},
  year = {2026},
  volume = {38},
  url = {https://doi.org/10.1080/1062726X.2026.1234567},
}

@misc{statement2026,
  author = {{Xiaomi Corporation}},
  title = {Statement on recent online rumours},
  howpublished = {Weibo},
  url = {https://weibo.com/xiaomi/statement},
}
`;

const RIS = [
  'TY  - NEWS',
  'AU  - Zhang, Wei',
  'TI  - 小米起诉多名博主',
  'T2  - 财经日报',
  'PY  - 2026/01/15/',
  'UR  - https://finance.example.cn/2026/01/15/xiaomi-lawsuit.html',
  'ER  - ',
  '',
].join('\r\n');

describe('casebook import --as-source', () => {
  it('adds every saved page of the fixtures as a source with its metadata and a clean snapshot', async () => {
    const db = await initNotebook();
    const pages = readdirSync(WEB_PAGES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const page of pages) copyFileSync(path.join(WEB_PAGES, page, 'source.html'), folder.file(`${page}.html`));

    const result = imported(
      await casebook(db, '--json', 'import', '--as-source', ...pages.map((page) => `${page}.html`)),
    );
    expect(result.cases).toEqual([]);
    expect(result.sources).toHaveLength(pages.length);
    const sources = storedSources(
      db,
      result.sources.map((source) => source.id),
    );
    pages.forEach((page, index) => {
      const expected = JSON.parse(readFileSync(path.join(WEB_PAGES, page, 'expected-metadata.json'), 'utf8')) as {
        title?: string;
        siteName?: string | null;
      };
      const source = sources[index]!;
      if (expected.title) expect(source.title, page).toBe(expected.title);
      if (expected.siteName) expect(source.publisher, page).toBe(expected.siteName);
      expect(source.snapshot?.text.trim().length, page).toBeGreaterThan(200);
      expect(source.snapshot?.html, page).not.toMatch(/<script|<iframe|\son[a-z]+\s*=|javascript:/i);
    });
  });

  it('adds a Chrome .mhtml archive as a source with the address it was saved from', async () => {
    const db = await initNotebook();
    copyFileSync(MHTML, folder.file('xiaomi.mhtml'));
    const result = imported(await casebook(db, '--json', 'import', '--as-source', 'xiaomi.mhtml'));
    expect(result.sources).toEqual([{ id: expect.any(String), title: '小米回应“黑公关”事件：已报警并将追究法律责任' }]);
    const [source] = storedSources(db, [result.sources[0]!.id]);
    expect(source?.url).toBe(
      'https://finance.example.cn/tech/2026/01/12/xiaomi-statement.html?utm_source=weibo&utm_medium=social',
    );
    expect(source?.snapshot?.text).toContain('小米集团公关部在官方微博发布声明称');
  });

  it('merges a page imported twice into one source and says so', async () => {
    const db = await initNotebook();
    copyFileSync(MHTML, folder.file('first.mhtml'));
    copyFileSync(MHTML, folder.file('again.mhtml'));
    const result = imported(await casebook(db, '--json', 'import', '--as-source', 'first.mhtml', 'again.mhtml'));
    expect(result.sources[0]!.id).toBe(result.sources[1]!.id);
    expect(result.warnings).toContainEqual({
      file: 'again.mhtml',
      message: expect.stringMatching(/^merged into the source/),
    });
  });

  it('prints the ids and titles of what it imported, and a count on stderr', async () => {
    const db = await initNotebook();
    copyFileSync(MHTML, folder.file('xiaomi.mhtml'));
    const run = await casebook(db, 'import', '--as-source', 'xiaomi.mhtml');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^[0-9A-Z]{26} {2}小米回应“黑公关”事件：已报警并将追究法律责任\n$/);
    expect(messagesOf(run)).toEqual(['casebook: imported 1 source from 1 file']);
  });
});

describe('casebook import of reference files', () => {
  it('imports BibTeX, RIS and CSL-JSON (a list or one item) as sources, with a bundle in the same command', async () => {
    const db = await initNotebook();
    writeFileSync(folder.file('library.bib'), BIBTEX);
    writeFileSync(folder.file('news.ris'), RIS);
    writeFileSync(
      folder.file('zotero.json'),
      JSON.stringify([
        {
          id: 'http://zotero.org/users/1/items/ABCD',
          type: 'article-newspaper',
          title: 'Le fabricant chinois dénonce une campagne de dénigrement',
          'container-title': 'Le Monde',
          author: [{ family: 'Lefèvre', given: 'Élodie' }],
          URL: 'https://www.lemonde.fr/economie/article/2026/01/13/xiaomi.html',
        },
        { id: 'nodate', type: 'report', title: 'KOL marketing in China: an industry report', publisher: 'iResearch' },
      ]),
    );
    writeFileSync(
      folder.file('one-item.json'),
      JSON.stringify({ type: 'webpage', title: 'Weibo hot search, 12 January', URL: 'https://s.weibo.com/top' }),
    );
    const bundle = sampleBundle();

    const result = imported(
      await casebook(db, '--json', 'import', 'library.bib', 'news.ris', 'zotero.json', 'one-item.json', bundle.file),
    );
    expect(result.cases).toEqual([{ id: bundle.caseId, title: bundle.title }]);
    expect(result.sources.map((source) => source.title)).toEqual([
      'Paid Posts and Platform Trust: The Xiaomi KOL Affair',
      'Statement on recent online rumours',
      '小米起诉多名博主',
      'Le fabricant chinois dénonce une campagne de dénigrement',
      'KOL marketing in China: an industry report',
      'Weibo hot search, 12 January',
    ]);
    const [article, , lawsuit, lemonde] = storedSources(
      db,
      result.sources.map((source) => source.id),
    );
    expect(article?.authors).toEqual(['Jörg Müller', 'Amélie Dupont', '王晓明']);
    expect(lawsuit).toMatchObject({ publisher: '财经日报', authors: ['Wei Zhang'] });
    expect(lemonde).toMatchObject({ publisher: 'Le Monde', authors: ['Élodie Lefèvre'] });
  });

  it('refuses the whole import when one file is bad, naming it, and leaves the notebook unchanged', async () => {
    const db = await initNotebook();
    writeFileSync(folder.file('good.bib'), BIBTEX);
    copyFileSync(MHTML, folder.file('good.mhtml'));
    const before = readFileSync(db);
    const bad: [string, string | Buffer, RegExp][] = [
      ['bad.bib', '@article{broken, title = {Unclosed', /^casebook: bad\.bib: this is not valid BibTeX: /],
      ['bad.ris', 'TI  - no type line\r\nER  - \r\n', /^casebook: bad\.ris: /],
      [
        'bad.json',
        '[{"type": "article", "author": "not a list"}]',
        /^casebook: bad\.json: this is not valid CSL-JSON: item 1: "author" is not a list of names\.$/,
      ],
      [
        'bad.mhtml',
        '<html><body>saved as HTML, named .mhtml</body></html>',
        /^casebook: bad\.mhtml: This file is not an MHTML web archive/,
      ],
      ['empty.html', '', /^casebook: empty\.html: is empty$/],
      [
        'binary.htm',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        /^casebook: binary\.htm: is not a web page \(it holds binary data\)$/,
      ],
    ];
    for (const [name, content, message] of bad) {
      writeFileSync(folder.file(name), content);
      const run = await casebook(db, '--json', 'import', '--as-source', 'good.bib', 'good.mhtml', name);
      expect(run.code, name).toBe(1);
      expect(run.stdout, name).toBe('');
      expect(messagesOf(run), name).toHaveLength(1);
      expect(messagesOf(run)[0], name).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(db).equals(before), name).toBe(true);
    }
  });
});

function sampleBundle(): { file: string; caseId: string; title: string } {
  const notebook = openNotebook(folder.file('source.casebook'), { create: true });
  try {
    const { caseId } = addSampleCase(notebook.db);
    const document = readCaseDocument(notebook.db, caseId);
    const file = 'sample.casebook.json';
    writeFileSync(folder.file(file), JSON.stringify(document));
    return { file, caseId, title: document.case.title };
  } finally {
    notebook.close();
  }
}
