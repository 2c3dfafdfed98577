import { describe, expect, it } from 'vitest';
import { tempNotebook } from '../../helpers/temp-notebook.ts';
import { ZOTERO_BIBTEX, ZOTERO_CSL_JSON, ZOTERO_RIS } from './reference-files.ts';

function importedSources(text: string, format?: 'bibtex' | 'ris' | 'csl-json') {
  const notebook = tempNotebook();
  const result = notebook.call('sources.importReferences', format ? { format, text } : { text });
  return { notebook, result, sources: result.sources.map(({ id }) => notebook.call('sources.get', { id })) };
}

describe('sources.importReferences', () => {
  it('reads a Zotero BibLaTeX export with diacritics, CJK names, organizations and partial dates', () => {
    const { result, sources } = importedSources(ZOTERO_BIBTEX);
    expect(result.merged).toBe(0);
    const [article, release, post] = sources;
    expect(article).toMatchObject({
      title: 'Der Ausfall bei München: Was wir wissen',
      authors: ['Jörg Müller', 'Amélie Dupont', '王小明', 'World Health Organization'],
      publisher: 'Süddeutsche Zeitung',
      kind: 'news',
      publishedOn: '2026-01-05',
      accessedOn: '2026-02-03',
      language: 'de',
      url: 'https://www.sueddeutsche.de/muenchen/ausfall-1.123?utm_source=twitter',
      note: 'Zitiert nach der Printausgabe',
    });
    expect(release).toMatchObject({ title: '关于 KOL 合作的声明', kind: 'press-release', publisher: 'Xiaomi Corporation', publishedOn: '2026-01', language: 'zh', authors: [] });
    expect(post).toMatchObject({ title: 'Thread on the black PR allegations', authors: ['Jun Lei'], publisher: 'Weibo', publishedOn: null, accessedOn: null });
  });

  it('reads RIS with AU, DA, PY, Y2, UR and a CJK organization as author', () => {
    const { sources } = importedSources(ZOTERO_RIS);
    expect(sources[0]).toMatchObject({
      kind: 'news',
      title: 'Xiaomi accuses rivals of a “black PR” campaign',
      authors: ['Wei Zhang', 'Siobhán O’Neill'],
      publisher: 'South China Morning Post',
      publishedOn: '2026-01-07',
      accessedOn: '2026-02-01',
      language: 'en',
      note: 'Paywalled; read via the library.',
    });
    expect(sources[1]).toMatchObject({ kind: 'report', authors: ['国家市场监督管理总局'], publisher: 'SAMR', publishedOn: '2025', url: null });
  });

  it('reads CSL-JSON and says which fields it could not keep', () => {
    const { sources, result } = importedSources(ZOTERO_CSL_JSON);
    expect(sources[0]).toMatchObject({
      kind: 'interview',
      authors: ['Yūko Tanaka', 'Nikkei Asia'],
      publisher: 'Nikkei',
      publishedOn: '2026-01',
      accessedOn: '2026-01-20',
      language: 'ja',
      note: 'Transcript, part 1\nTranslated by the author',
    });
    expect(sources[1]).toMatchObject({ kind: 'other', title: 'FAQ', publisher: 'Xiaomi Global', url: null });
    expect(result.warnings.join(' ')).toMatch(/volume \(1\)/);
  });

  it('merges a reference whose normalized URL is already in the library, never one without a URL', () => {
    const notebook = tempNotebook();
    const existing = notebook.call('sources.create', { fields: { title: 'Already here', url: 'https://www.sueddeutsche.de/muenchen/ausfall-1.123' } });
    const first = notebook.call('sources.importReferences', { text: ZOTERO_BIBTEX });
    expect(first.merged).toBe(1);
    expect(first.sources[0]).toEqual({ id: existing.source.id, title: 'Already here' });
    const again = notebook.call('sources.importReferences', { text: ZOTERO_RIS });
    const twice = notebook.call('sources.importReferences', { text: ZOTERO_RIS });
    expect(twice.merged).toBe(1);
    expect(twice.sources[1]?.id).not.toBe(again.sources[1]?.id);
  });

  it.each([
    ['bibtex', '@article{a,\n  title = {Unclosed,\n  author = {X}\n@misc{b, title={B}}', /BibTeX.*line \d+/],
    ['ris', 'TY  - JOUR\nTI  - No end\n', /RIS.*line 1.*ER/],
    ['ris', 'TI  - before any record\nER  - \n', /RIS.*line 1/],
    ['csl-json', '[{"type": "book", "title": "x"', /CSL-JSON/],
    ['csl-json', '[{"title": "no type"}]', /CSL-JSON.*item 1.*type/],
  ] as const)('refuses malformed %s with a coded error and writes nothing', (format, text, message) => {
    const notebook = tempNotebook();
    const before = notebook.call('sources.list', {}).sources.length;
    const result = notebook.result('sources.importReferences', { format, text });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toMatch(message);
    }
    expect(notebook.call('sources.list', {}).sources.length).toBe(before);
  });

  it('writes nothing when a later reference is invalid', () => {
    const notebook = tempNotebook();
    const text = JSON.stringify([{ type: 'webpage', title: 'Fine', URL: 'https://ok.example' }, { type: 'webpage', title: '题'.repeat(4000) }]);
    const result = notebook.result('sources.importReferences', { text });
    expect(result.ok).toBe(false);
    expect(notebook.call('sources.list', {}).sources).toEqual([]);
  });

  it('says so when the text is none of the formats', () => {
    const result = tempNotebook().result('sources.importReferences', { text: 'just some words' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
