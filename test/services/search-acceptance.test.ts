import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BM25_MAX, searchNotebook } from '../../electron/services/search.ts';
import { inWriteTransaction } from '../../electron/store/database.ts';
import { checkSearchIndex } from '../../electron/store/search-index.ts';
import { tempNotebook, type TempNotebook } from '../helpers/temp-notebook.ts';

const page = (name: string) =>
  readFileSync(new URL(`../../../shared/fixtures/web-pages/${name}/source.html`, import.meta.url), 'utf8');

function addPage(notebook: TempNotebook, name: string): string {
  return notebook.call('sources.addFromHtml', { html: page(name), url: `https://example.com/${name}` }).source.id;
}

const ids = (notebook: TempNotebook, query: string) =>
  searchNotebook(notebook.db, query)
    .hits.map((hit) => hit.id)
    .sort();

describe('search (issue 6, acceptance 1)', () => {
  it('finds a word inside the snapshot of a Chinese page by a two-character query', () => {
    const notebook = tempNotebook();
    const sourceId = addPage(notebook, 'qq');
    // 知识 (knowledge) is in the article's text, not in its title.
    const [hit, ...others] = searchNotebook(notebook.db, '知识').hits;
    expect(others).toEqual([]);
    expect(hit).toMatchObject({ kind: 'source', id: sourceId, inSnapshot: true, caseId: null, caseTitle: null });
    expect(hit?.title).toContain('DeepMind新电脑');
    expect(hit?.snippet).toContain('«知识»');
    expect(hit?.snippet).not.toMatch(/\u2063/u);
    // a longer query is a phrase of its bigrams: adjacent, in order
    expect(ids(notebook, '新知识')).toEqual([sourceId]);
    expect(ids(notebook, '知新识')).toEqual([]);
    expect(() => checkSearchIndex(notebook.db)).not.toThrow();
  });

  it('finds a French word typed without its accents, and with them', () => {
    const notebook = tempNotebook();
    const sourceId = addPage(notebook, 'lemonde-1');
    const [hit] = searchNotebook(notebook.db, 'penitentiaire').hits;
    expect(hit).toMatchObject({ id: sourceId, inSnapshot: true });
    expect(hit?.snippet).toContain('«pénitentiaire»');
    const { id: caseId } = notebook.call('cases.create', { title: 'Une crise economique' });
    expect(ids(notebook, 'économique')).toEqual([caseId]);
  });

  it('finds an exact phrase and not the same words apart', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', {});
    const together = notebook.call('lessons.create', {
      caseId,
      fields: { text: 'Answer the data breach on day one.' },
    });
    notebook.call('lessons.create', { caseId, fields: { text: 'The breach of data rules came later.' } });
    expect(ids(notebook, '"data breach"')).toEqual([together.id]);
    expect(searchNotebook(notebook.db, '"data breach"').hits[0]?.snippet).toContain('«data breach»');
  });

  it('excludes words and phrases', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', {});
    const recall = notebook.call('lessons.create', { caseId, fields: { text: 'Recall the kettles early.' } });
    const late = notebook.call('lessons.create', {
      caseId,
      fields: { text: 'Recall the kettles too late, after the fire.' },
    });
    expect(ids(notebook, 'recall kettles')).toEqual([recall.id, late.id].sort());
    expect(ids(notebook, 'recall -fire')).toEqual([recall.id]);
    expect(ids(notebook, 'recall -"too late"')).toEqual([recall.id]);
  });

  it('matches prefixes, typed with * or as the last word', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', {});
    const lesson = notebook.call('lessons.create', { caseId, fields: { text: 'Apologize quickly.' } });
    expect(ids(notebook, 'apolog* quickly')).toEqual([lesson.id]);
    expect(ids(notebook, 'quickly apolog')).toEqual([lesson.id]);
    expect(ids(notebook, 'apolog quickly')).toEqual([]);
  });

  it('finds the original text of a quote', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', {});
    const quote = notebook.call('quotes.create', {
      caseId,
      fields: { text: 'We apologize.', original: '我们深表歉意', language: 'zh' },
    });
    expect(ids(notebook, '歉意')).toEqual([quote.id]);
  });

  it('fills the case title and a label of the item for grouping', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Kettle recall' });
    notebook.call('events.create', {
      caseId,
      fields: { on: '2026-01-05', title: 'Regulator opens a probe', detail: 'Boiling water complaints' },
    });
    const [hit] = searchNotebook(notebook.db, 'boiling').hits;
    expect(hit).toMatchObject({
      kind: 'event',
      caseId,
      caseTitle: 'Kettle recall',
      title: 'Regulator opens a probe',
      inSnapshot: false,
    });
  });
});

describe('search filters', () => {
  function twoCases() {
    const notebook = tempNotebook();
    const a = notebook.call('cases.create', { title: 'Battery fires' }).id;
    const b = notebook.call('cases.create', { title: 'Battery recall' }).id;
    return { notebook, a, b };
  }

  it('tag: keeps cases with the tag (any letter case, quoted names with spaces)', () => {
    const { notebook, a, b } = twoCases();
    notebook.call('cases.update', { id: a, patch: { tags: [{ name: 'Data breach', color: null }] } });
    expect(ids(notebook, 'tag:"data breach" battery')).toEqual([a]);
    expect(ids(notebook, '-tag:"data breach" battery')).toEqual([b]);
    const unknown = searchNotebook(notebook.db, 'tag:nope battery');
    expect(unknown.warnings).toEqual([expect.stringMatching(/No tag is called "nope"/)]);
    expect(unknown.hits.map((hit) => hit.id).sort()).toEqual([a, b].sort());
  });

  it('status: keeps cases in that status', () => {
    const { notebook, a, b } = twoCases();
    notebook.call('cases.update', { id: b, patch: { status: 'final' } });
    expect(ids(notebook, 'status:final battery')).toEqual([b]);
    expect(ids(notebook, 'status:draft battery')).toEqual([a]);
    expect(searchNotebook(notebook.db, 'status:done battery').warnings).toHaveLength(1);
  });

  it('cluster: keeps cases of that SCCT cluster', () => {
    const { notebook, a } = twoCases();
    notebook.call('cases.update', { id: a, patch: { crisisCluster: 'preventable' } });
    expect(ids(notebook, 'cluster:preventable battery')).toEqual([a]);
    expect(ids(notebook, 'cluster:victim battery')).toEqual([]);
  });

  it('strategy: keeps cases with a response coded that way, by id, label or a custom code', () => {
    const { notebook, a, b } = twoCases();
    notebook.call('issueRows.create', { caseId: a, fields: { response: 'We are sorry', strategy: 'apology' } });
    notebook.call('events.create', { caseId: b, fields: { on: '2026', title: 'Statement', benoit: 'simple-denial' } });
    expect(ids(notebook, 'strategy:apology battery')).toEqual([a]);
    expect(ids(notebook, 'strategy:"simple denial" battery')).toEqual([b]);
    notebook.call('codebook.saveCode', {
      kind: 'scct-strategy',
      id: 'fan-thanks',
      create: true,
      label: 'Thank the fans',
    });
    notebook.call('quotes.create', { caseId: b, fields: { text: 'Thank you all', strategy: 'fan-thanks' } });
    expect(ids(notebook, 'strategy:"thank the fans" battery')).toEqual([b]);
    expect(searchNotebook(notebook.db, 'strategy:bribery battery').warnings).toEqual([
      expect.stringMatching(/strategy:bribery/),
    ]);
  });

  it('year: keeps cases started in the year or range, and sources published then', () => {
    const { notebook, a, b } = twoCases();
    notebook.call('cases.update', { id: a, patch: { startedOn: '2018-05' } });
    notebook.call('cases.update', { id: b, patch: { startedOn: '2026-01-06' } });
    const old = notebook.call('sources.create', { fields: { title: 'Battery report', publishedOn: '2017' } }).source.id;
    const news = notebook.call('sources.create', { fields: { title: 'Battery news', publishedOn: '2026-01' } }).source
      .id;
    expect(ids(notebook, 'year:2026 battery')).toEqual([b, news].sort());
    expect(ids(notebook, 'year:2017..2019 battery')).toEqual([a, old].sort());
  });

  it('in: keeps the kinds of item asked for', () => {
    const { notebook, a, b } = twoCases();
    const quote = notebook.call('quotes.create', { caseId: a, fields: { text: 'The battery is safe' } });
    const source = notebook.call('sources.create', { fields: { title: 'Battery safety' } }).source.id;
    expect(ids(notebook, 'in:quote battery')).toEqual([quote.id]);
    expect(ids(notebook, 'in:source battery')).toEqual([source]);
    expect(ids(notebook, 'in:case,quote battery')).toEqual([a, b, quote.id].sort());
  });

  it('filters alone list the matching cases', () => {
    const { notebook, a } = twoCases();
    notebook.call('cases.update', { id: a, patch: { status: 'review' } });
    const result = searchNotebook(notebook.db, 'status:review');
    expect(result.hits).toEqual([expect.objectContaining({ kind: 'case', id: a, caseTitle: 'Battery fires' })]);
  });

  it('narrows to one case or one source', () => {
    const { notebook, a, b } = twoCases();
    const lesson = notebook.call('lessons.create', { caseId: b, fields: { text: 'Battery makers must test more' } });
    const source = notebook.call('sources.create', { fields: { title: 'Battery report' } }).source.id;
    expect(
      notebook
        .call('search.query', { query: 'battery', caseId: b })
        .hits.map((hit) => hit.id)
        .sort(),
    ).toEqual([b, lesson.id].sort());
    expect(notebook.call('search.query', { query: 'battery', sourceId: source }).hits.map((hit) => hit.id)).toEqual([
      source,
    ]);
    expect(notebook.call('search.query', { query: 'battery', caseId: a }).hits.map((hit) => hit.id)).toEqual([a]);
  });

  it('keeps the index consistent through writes, trash and restore', () => {
    const { notebook, a } = twoCases();
    const row = notebook.call('issueRows.create', { caseId: a, fields: { issue: '电池起火' } });
    notebook.call('issueRows.update', { id: row.id, patch: { issue: '电池召回' } });
    expect(ids(notebook, '起火')).toEqual([]);
    expect(ids(notebook, '召回')).toEqual([row.id]);
    const { trashId } = notebook.call('cases.delete', { id: a });
    expect(ids(notebook, '召回')).toEqual([]);
    notebook.call('trash.restore', { id: trashId });
    expect(ids(notebook, '召回')).toEqual([row.id]);
    expect(() => checkSearchIndex(notebook.db)).not.toThrow();
  });
});

describe('search over many matches (bounded work)', () => {
  function manyLessons() {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Kettle lessons' });
    inWriteTransaction(notebook.db, () => {
      for (let n = 0; n <= BM25_MAX; n++)
        notebook.call('lessons.create', { caseId, fields: { text: `Recall number ${n}` } });
    });
    const titled = notebook.call('cases.create', { title: 'The great recall' }).id;
    return { notebook, caseId, titled };
  }

  it('looks at the newest matches only, title matches first, and says more exist', () => {
    const { notebook, titled } = manyLessons();
    const result = searchNotebook(notebook.db, 'recall', { limit: 10 });
    expect(result.truncated).toBe(true);
    expect(result.hits).toHaveLength(10);
    expect(result.hits[0]).toMatchObject({ kind: 'case', id: titled });
    expect(result.hits[1]?.snippet).toContain(`«Recall» number ${BM25_MAX}`);
  });

  it('applies filters and the trash while looking', () => {
    const { notebook, caseId, titled } = manyLessons();
    expect(searchNotebook(notebook.db, 'recall in:case').hits.map((hit) => hit.id)).toEqual([titled]);
    notebook.call('cases.update', { id: titled, patch: { status: 'final' } });
    expect(searchNotebook(notebook.db, 'recall status:final').hits.map((hit) => hit.id)).toEqual([titled]);
    notebook.call('cases.delete', { id: titled });
    const result = searchNotebook(notebook.db, 'recall', { limit: 5 });
    expect(result.hits.map((hit) => hit.caseId)).toEqual(Array(5).fill(caseId));
  });
});

describe('the last word while typing', () => {
  it('finds longer words by a prefix, and a page of exact matches without looking for longer forms', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', {});
    const longer = notebook.call('lessons.create', { caseId, fields: { text: 'Shareholders were told late.' } });
    expect(ids(notebook, 'sharehold')).toEqual([longer.id]);
    const exact = notebook.call('lessons.create', { caseId, fields: { text: 'Share the facts.' } });
    expect(ids(notebook, 'share')).toEqual([longer.id, exact.id].sort());
    expect(searchNotebook(notebook.db, 'share', { limit: 1 }).hits.map((hit) => hit.id)).toEqual([exact.id]);
  });
});
