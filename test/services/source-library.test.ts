import { describe, expect, it } from 'vitest';
import type { RequestOf } from '../../shared/contract/procedures.ts';
import { overwriteSnapshotHtmlKeepingHash } from '../../electron/store/snapshots.ts';
import { tempNotebook, type TempNotebook } from '../helpers/temp-notebook.ts';

type SourceFieldsRequest = RequestOf<'sources.create'>['fields'];

function addSource(notebook: TempNotebook, fields: SourceFieldsRequest): string {
  return notebook.call('sources.create', { fields }).source.id;
}

function addPage(notebook: TempNotebook, title: string, body: string): string {
  const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
  return notebook.call('sources.addFromHtml', { html }).source.id;
}

const titles = (notebook: TempNotebook, request: RequestOf<'sources.list'>): string[] =>
  notebook.call('sources.list', request).sources.map((source) => source.title);

function narrativeCiting(sentences: readonly (string | { sourceId: string; locator: string | null })[]) {
  return {
    formatVersion: 1,
    text: sentences.filter((part) => typeof part === 'string').join(''),
    lexical: {
      root: {
        type: 'root',
        version: 1,
        children: [
          {
            type: 'paragraph',
            version: 1,
            children: sentences.map((part) =>
              typeof part === 'string'
                ? { type: 'text', version: 1, text: part }
                : { type: 'citation', version: 1, sourceId: part.sourceId, locator: part.locator },
            ),
          },
        ],
      },
    },
  };
}

describe('the source library: filters', () => {
  function library() {
    const notebook = tempNotebook();
    const ids = {
      reuters: addSource(notebook, {
        title: 'Xiaomi denies paying KOLs',
        publisher: 'Reuters',
        kind: 'news',
        language: 'en-GB',
        reliability: 'A',
        credibility: 2,
        authors: ['Josh Ye'],
        url: 'https://www.reuters.com/tech/xiaomi-kol',
      }),
      reutersLower: addSource(notebook, {
        title: 'Second wire story',
        publisher: 'REUTERS',
        kind: 'news',
        language: 'en',
      }),
      weibo: addSource(notebook, {
        title: '小米公关部声明',
        publisher: '微博',
        kind: 'social-post',
        language: 'zh-CN',
        reliability: 'C',
        credibility: 3,
      }),
      lemonde: addSource(notebook, {
        title: 'Le scandale',
        publisher: 'Le Monde',
        kind: 'news',
        language: 'fr',
        reliability: 'B',
      }),
      release: addSource(notebook, {
        title: 'Statement of the board',
        publisher: 'Élysée Press',
        kind: 'press-release',
      }),
    };
    return { notebook, ids };
  }

  it('narrows by kind, publisher (any case), language (its regional tags too), reliability and credibility', () => {
    const { notebook } = library();
    expect(titles(notebook, { kind: 'news', sort: 'title' })).toEqual([
      'Le scandale',
      'Second wire story',
      'Xiaomi denies paying KOLs',
    ]);
    expect(titles(notebook, { publisher: 'reuters', sort: 'title' })).toEqual([
      'Second wire story',
      'Xiaomi denies paying KOLs',
    ]);
    expect(titles(notebook, { publisher: 'ÉLYSÉE PRESS' })).toEqual(['Statement of the board']);
    expect(titles(notebook, { publisher: 'Reut' })).toEqual([]);
    expect(titles(notebook, { language: 'zh' })).toEqual(['小米公关部声明']);
    expect(titles(notebook, { language: 'en', sort: 'title' })).toEqual([
      'Second wire story',
      'Xiaomi denies paying KOLs',
    ]);
    expect(titles(notebook, { language: 'EN-gb' })).toEqual(['Xiaomi denies paying KOLs']);
    expect(titles(notebook, { language: 'e' })).toEqual([]);
    expect(titles(notebook, { reliability: 'B' })).toEqual(['Le scandale']);
    expect(titles(notebook, { credibility: 3 })).toEqual(['小米公关部声明']);
    expect(titles(notebook, { kind: 'news', reliability: 'A', credibility: 2, language: 'en' })).toEqual([
      'Xiaomi denies paying KOLs',
    ]);
  });

  it('finds sources by words of their title, publisher, authors or address', () => {
    const { notebook } = library();
    expect(titles(notebook, { query: 'denies' })).toEqual(['Xiaomi denies paying KOLs']);
    expect(titles(notebook, { query: 'josh ye' })).toEqual(['Xiaomi denies paying KOLs']);
    expect(titles(notebook, { query: 'reuters.com/tech' })).toEqual(['Xiaomi denies paying KOLs']);
    expect(titles(notebook, { query: 'monde' })).toEqual(['Le scandale']);
    expect(titles(notebook, { query: '公关' })).toEqual(['小米公关部声明']);
    expect(titles(notebook, { query: '100%_' })).toEqual([]);
  });

  it('pages with a total of everything that matches', () => {
    const { notebook } = library();
    const first = notebook.call('sources.list', { sort: 'title', limit: 2 });
    expect(first).toMatchObject({ total: 5, hasMore: true });
    expect(first.sources.map((s) => s.title)).toEqual(['Le scandale', 'Second wire story']);
    const last = notebook.call('sources.list', { sort: 'title', limit: 2, offset: 4 });
    expect(last).toMatchObject({ total: 5, hasMore: false });
    expect(last.sources.map((s) => s.title)).toEqual(['小米公关部声明']);
    expect(notebook.call('sources.list', { kind: 'news', limit: 1 })).toMatchObject({ total: 3, hasMore: true });
  });

  it('tells sources with a snapshot from those without, and lists only live sources', () => {
    const { notebook, ids } = library();
    const page = addPage(notebook, 'Captured page', 'Xiaomi said the posts were paid.');
    const withSnapshot = notebook.call('sources.list', { hasSnapshot: true });
    expect(withSnapshot.sources.map((s) => s.id)).toEqual([page]);
    expect(withSnapshot.sources[0]).toMatchObject({ hasSnapshot: true, file: null });
    expect(withSnapshot.sources[0]?.snapshotCapturedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(notebook.call('sources.list', { hasSnapshot: false }).total).toBe(5);
    notebook.call('sources.delete', { id: ids.weibo });
    expect(notebook.call('sources.list', {}).total).toBe(5);
    expect(titles(notebook, { language: 'zh' })).toEqual([]);
  });

  it('offers the publishers once each whatever their case, and the languages with their primary tags', () => {
    const { notebook, ids } = library();
    addSource(notebook, { title: 'Old', publisher: 'Zeit Online' });
    notebook.call('sources.delete', {
      id: addSource(notebook, { title: 'Gone', publisher: 'Trashed Times', language: 'de' }),
    });
    const facets = notebook.call('sources.facets', {});
    expect(facets.publishers).toEqual(['Élysée Press', 'Le Monde', 'Reuters', 'Zeit Online', '微博']);
    expect(facets.languages).toEqual(['en', 'en-GB', 'fr', 'zh', 'zh-CN']);
    expect(ids.reuters).toBeTruthy();
  });
});

describe('the source library: orders', () => {
  it('sorts by newest added, newest or oldest published (undated last), and title', () => {
    const notebook = tempNotebook();
    addSource(notebook, { title: 'beta', publishedOn: '2026-01-05' });
    addSource(notebook, { title: 'Alpha', publishedOn: null });
    addSource(notebook, { title: 'gamma', publishedOn: '2025' });
    addSource(notebook, { title: 'Delta', publishedOn: '2026-01-15T09:30+08:00' });
    expect(titles(notebook, {})).toEqual(['Delta', 'gamma', 'Alpha', 'beta']);
    expect(titles(notebook, { sort: 'added' })).toEqual(['Delta', 'gamma', 'Alpha', 'beta']);
    expect(titles(notebook, { sort: 'published' })).toEqual(['Delta', 'beta', 'gamma', 'Alpha']);
    expect(titles(notebook, { sort: 'published-oldest' })).toEqual(['gamma', 'beta', 'Delta', 'Alpha']);
    expect(titles(notebook, { sort: 'title' })).toEqual(['Alpha', 'beta', 'Delta', 'gamma']);
  });
});

describe('the source library: where a source is cited', () => {
  function citedLibrary() {
    const notebook = tempNotebook();
    const cited = addSource(notebook, { title: 'Cited article' });
    const unused = addSource(notebook, { title: 'Unused article' });
    const zebra = notebook.call('cases.create', { title: 'Zebra case' }).id;
    const apple = notebook.call('cases.create', { title: 'Apple case' }).id;
    const row = notebook.call('issueRows.create', {
      caseId: zebra,
      fields: { issue: 'Paid KOL posts attacked rivals' },
    });
    const event = notebook.call('events.create', { caseId: zebra, fields: { on: '2026-01-12', title: 'Weibo post' } });
    const quote = notebook.call('quotes.create', {
      caseId: apple,
      fields: { text: `We never paid anyone to attack a competitor. ${'And we never will. '.repeat(8)}` },
    });
    const fact = notebook.call('facts.create', {
      caseId: apple,
      fields: { statement: '1,200 accounts were involved' },
    });
    const cite = (kind: 'issueRow' | 'event' | 'quote' | 'fact', id: string, locator: string | null = null) =>
      notebook.call('citations.add', { target: { kind, id }, citation: { sourceId: cited, locator } });
    cite('issueRow', row.id, 'para 2');
    cite('event', event.id);
    cite('quote', quote.id, 'p. 3');
    cite('fact', fact.id);
    notebook.call('narrative.save', {
      caseId: zebra,
      narrative: narrativeCiting([
        'The row began on 12 January. Xiaomi denied paying influencers',
        { sourceId: cited, locator: 'para 4' },
        ' to attack rivals. It later apologised.',
      ]),
    });
    return { notebook, cited, unused, zebra, apple, row, event, quote, fact };
  }

  it('counts rows, events, quotes, facts and narrative citations, and "not cited" finds the rest', () => {
    const { notebook, cited, unused } = citedLibrary();
    const rows = notebook.call('sources.list', { sort: 'title' }).sources;
    expect(rows.map((s) => [s.title, s.citedCount])).toEqual([
      ['Cited article', 5],
      ['Unused article', 0],
    ]);
    expect(notebook.call('sources.list', { notCited: true }).sources.map((s) => s.id)).toEqual([unused]);
    expect(notebook.call('sources.list', { notCited: false }).total).toBe(2);
    expect(cited).toBeTruthy();
  });

  it('lists every use by case title, then rows, events, quotes, facts and the narrative, with labels a person reads', () => {
    const { notebook, cited, zebra, apple, row, event, quote, fact } = citedLibrary();
    const { uses } = notebook.call('sources.usage', { id: cited });
    expect(uses).toEqual([
      {
        caseId: apple,
        caseTitle: 'Apple case',
        kind: 'quote',
        itemId: quote.id,
        label: expect.stringMatching(/^We never paid anyone to attack a competitor\. And we never will\..{0,40}…$/),
        locator: 'p. 3',
      },
      {
        caseId: apple,
        caseTitle: 'Apple case',
        kind: 'fact',
        itemId: fact.id,
        label: '1,200 accounts were involved',
        locator: null,
      },
      {
        caseId: zebra,
        caseTitle: 'Zebra case',
        kind: 'issueRow',
        itemId: row.id,
        label: 'Paid KOL posts attacked rivals',
        locator: 'para 2',
      },
      { caseId: zebra, caseTitle: 'Zebra case', kind: 'event', itemId: event.id, label: 'Weibo post', locator: null },
      {
        caseId: zebra,
        caseTitle: 'Zebra case',
        kind: 'narrative',
        itemId: null,
        label: 'Xiaomi denied paying influencers to attack rivals.',
        locator: 'para 4',
      },
    ]);
    expect(uses[0]?.label.length).toBeLessThanOrEqual(80);
  });

  it('leaves out uses by trashed items and trashed cases, and brings them back on restore', () => {
    const { notebook, cited, apple, row } = citedLibrary();
    notebook.call('issueRows.delete', { id: row.id });
    const trashedCase = notebook.call('cases.delete', { id: apple });
    expect(notebook.call('sources.usage', { id: cited }).uses.map((use) => use.kind)).toEqual(['event', 'narrative']);
    expect(notebook.call('sources.list', {}).sources.find((s) => s.id === cited)?.citedCount).toBe(2);
    notebook.call('trash.restore', { id: trashedCase.trashId });
    expect(notebook.call('sources.list', {}).sources.find((s) => s.id === cited)?.citedCount).toBe(4);
  });

  it('refuses the usage of a source that is not in the library', () => {
    const notebook = tempNotebook();
    const result = notebook.result('sources.usage', { id: 'NO-SUCH-SOURCE' });
    expect(result.ok === false && result.error.code).toBe('not-found');
  });
});

describe('snapshots.get', () => {
  it('returns the snapshot with its hash checked now, and reports a mismatch instead of hiding it', () => {
    const notebook = tempNotebook();
    const id = addPage(notebook, 'Statement', 'Xiaomi apologised to its rivals.');
    const snapshot = notebook.call('snapshots.get', { sourceId: id });
    expect(snapshot.text).toContain('Xiaomi apologised to its rivals.');
    expect(snapshot.html).toContain('<p>Xiaomi apologised to its rivals.</p>');
    expect(snapshot.verified).toEqual({ ok: true, actual: snapshot.sha256 });

    overwriteSnapshotHtmlKeepingHash(notebook.db, id, '<p>Xiaomi never apologised.</p>');
    const tampered = notebook.call('snapshots.get', { sourceId: id });
    expect(tampered.html).toBe('<p>Xiaomi never apologised.</p>');
    expect(tampered.verified.ok).toBe(false);
    expect(tampered.verified.actual).not.toBe(tampered.sha256);
  });

  it('says a source has no snapshot yet, and that a trashed or unknown source is not there', () => {
    const notebook = tempNotebook();
    const bare = addSource(notebook, { title: 'Address only', url: 'https://example.com/a' });
    expect(notebook.result('snapshots.get', { sourceId: bare })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'This source has no snapshot yet.' },
    });
    const page = addPage(notebook, 'Page', 'Text');
    notebook.call('sources.delete', { id: page });
    const trashed = notebook.result('snapshots.get', { sourceId: page });
    expect(trashed.ok === false && trashed.error.code).toBe('not-found');
  });
});
