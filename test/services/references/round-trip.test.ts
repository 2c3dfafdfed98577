import { describe, expect, it } from 'vitest';
import { tempNotebook } from '../../helpers/temp-notebook.ts';
import { ZOTERO_BIBTEX, ZOTERO_CSL_JSON, ZOTERO_RIS } from './reference-files.ts';

const FIELDS = ['url', 'title', 'publisher', 'authors', 'kind', 'publishedOn', 'accessedOn', 'language', 'reliability', 'credibility', 'note'] as const;

function fieldsOf(notebook: ReturnType<typeof tempNotebook>, ids: readonly string[]) {
  return ids.map((id) => {
    const source = notebook.call('sources.get', { id });
    return Object.fromEntries(FIELDS.map((field) => [field, source[field]]));
  });
}

describe('export then re-import', () => {
  for (const [name, text] of [['BibTeX', ZOTERO_BIBTEX], ['RIS', ZOTERO_RIS], ['CSL-JSON', ZOTERO_CSL_JSON]] as const) {
    for (const format of ['bibtex', 'ris', 'csl-json'] as const) {
      it(`changes no field of sources imported from ${name}, through ${format}`, () => {
        const first = tempNotebook();
        const ids = first.call('sources.importReferences', { text }).sources.map(({ id }) => id);
        const exported = first.call('sources.exportReferences', { format, sourceIds: ids }).text;
        const second = tempNotebook();
        const reimported = second.call('sources.importReferences', { format, text: exported });
        expect(fieldsOf(second, reimported.sources.map(({ id }) => id))).toEqual(fieldsOf(first, ids));
      });
    }
  }

  it('keeps what only Casebook knows: kind, Admiralty grading, a published time, a multi-line note', () => {
    const first = tempNotebook();
    const created = [
      first.call('sources.create', {
        fields: {
          title: 'Statement on the KOL campaign {draft} 50% & $x_1 ~ ^ \\ #2', kind: 'press-release', publisher: 'Xiaomi', url: 'https://mi.com/s',
          publishedOn: '2026-01-05T18:00+08:00', accessedOn: '2026-01-06', reliability: 'B', credibility: 2,
          authors: ['Xiaomi Corporation', 'Gabriel García Márquez', 'Ludwig van Beethoven', 'Emily Post'], note: 'First line\nSecond line',
        },
      }).source,
      first.call('sources.create', { fields: { title: '雷军的微博', kind: 'social-post', publisher: '微博', authors: ['雷军'], language: 'zh-Hans' } }).source,
      first.call('sources.create', { fields: { title: 'Phone interview', kind: 'interview', reliability: 'F', credibility: 6 } }).source,
    ];
    const ids = created.map(({ id }) => id);
    for (const format of ['csl-json', 'ris', 'bibtex'] as const) {
      const second = tempNotebook();
      const text = first.call('sources.exportReferences', { format, sourceIds: ids }).text;
      const back = second.call('sources.importReferences', { format, text }).sources.map(({ id }) => id);
      const expected = fieldsOf(first, ids);
      expect(fieldsOf(second, back), format).toEqual(expected);
    }
  });

  it('exports a case\'s cited sources in order of first citation, or the whole library', () => {
    const notebook = tempNotebook();
    const a = notebook.call('sources.create', { fields: { title: 'Alpha', url: 'https://a.example' } }).source;
    const b = notebook.call('sources.create', { fields: { title: 'Beta', url: 'https://b.example' } }).source;
    notebook.call('sources.create', { fields: { title: 'Gamma (not cited)' } });
    const caseId = notebook.call('cases.create', { title: 'Case' }).id;
    const fact = notebook.call('facts.create', { caseId, fields: { statement: 'A claim' } });
    notebook.call('citations.add', { target: { kind: 'fact', id: fact.id }, citation: { sourceId: b.id } });
    notebook.call('citations.add', { target: { kind: 'fact', id: fact.id }, citation: { sourceId: a.id } });
    const cited = JSON.parse(notebook.call('sources.exportReferences', { format: 'csl-json', caseId }).text) as { title: string }[];
    expect(cited.map(({ title }) => title)).toEqual(['Beta', 'Alpha']);
    const all = JSON.parse(notebook.call('sources.exportReferences', { format: 'csl-json' }).text) as { title: string }[];
    expect(all.map(({ title }) => title)).toEqual(['Alpha', 'Beta', 'Gamma (not cited)']);
    expect(notebook.result('sources.exportReferences', { format: 'ris', sourceIds: ['nope'] })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
