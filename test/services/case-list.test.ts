import { describe, expect, it } from 'vitest';
import type { CaseSort, CaseSummary, RequestOf } from '../../shared/contract/procedures.ts';
import { comparePartialDates } from '../../shared/domain/partial-date.ts';
import { insertManyCases, type ManyCase } from '../helpers/many-cases.ts';
import { tempNotebook, type TempNotebook } from '../helpers/temp-notebook.ts';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Titles compare by their bytes once case and accents are folded away ("Émile" sorts as "emile"). */
const bytes = (text: string) =>
  Buffer.from(
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
    'utf8',
  );

/** The three orders, written out independently of the store's sort keys. */
const EXPECTED_ORDER: Record<CaseSort, (a: ManyCase, b: ManyCase) => number> = {
  updated: (a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || byId(b, a),
  started: (a, b) => {
    if (a.startedOn === null || b.startedOn === null) {
      return (a.startedOn === null ? 1 : 0) - (b.startedOn === null ? 1 : 0) || byId(b, a);
    }
    return comparePartialDates(b.startedOn, a.startedOn) || byId(b, a);
  },
  title: (a, b) => Buffer.compare(bytes(a.title), bytes(b.title)) || byId(a, b),
};

function allPages(notebook: TempNotebook, request: RequestOf<'cases.list'>): { ids: string[]; pages: number } {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 1; ; pages++) {
    const page = notebook.call('cases.list', { ...request, ...(cursor === undefined ? {} : { cursor }) });
    ids.push(...page.cases.map((summary) => summary.id));
    expect(page.hasMore).toBe(page.nextCursor !== null);
    if (page.nextCursor === null) return { ids, pages };
    cursor = page.nextCursor;
  }
}

function createCase(notebook: TempNotebook, title: string, patch: RequestOf<'cases.update'>['patch'] = {}): string {
  const { id } = notebook.call('cases.create', { title });
  notebook.call('cases.update', { id, patch });
  return id;
}

const titles = (cases: readonly CaseSummary[]) => cases.map((summary) => summary.title);

describe('cases.list', () => {
  it('gives each summary the dates, precision flag and coding a list row shows', () => {
    const notebook = tempNotebook();
    const id = createCase(notebook, 'Kettle recall', {
      startedOn: '2017-04-09',
      startedApprox: true,
      endedOn: '2017-06',
      crisisType: 'product-tampering',
      tags: [{ name: 'recall', color: '#cc3333' }],
    });
    const [summary] = notebook.call('cases.list', {}).cases;
    expect(summary).toMatchObject({
      id,
      title: 'Kettle recall',
      status: 'draft',
      startedOn: '2017-04-09',
      startedApprox: true,
      endedOn: '2017-06',
      crisisCluster: 'victim',
      crisisType: 'product-tampering',
      tags: [{ name: 'recall', color: '#cc3333' }],
    });
  });

  it('sorts by start date newest first, a less precise date after the dates it contains, undated cases last', () => {
    const notebook = tempNotebook();
    for (const startedOn of [
      '2017',
      null,
      '2017-04-09T14:30+08:00',
      '2018',
      '2017-04',
      '2017-04-09',
      '2017-04-10T01:00+08:00',
    ]) {
      createCase(notebook, startedOn ?? 'undated', { startedOn });
    }
    expect(titles(notebook.call('cases.list', { sort: 'started' }).cases)).toEqual([
      '2018',
      '2017-04-10T01:00+08:00',
      '2017-04-09T14:30+08:00',
      '2017-04-09',
      '2017-04',
      '2017',
      'undated',
    ]);
  });

  it('sorts by title ignoring case and accents, with equal titles in id order', () => {
    const notebook = tempNotebook();
    const ids = ['banana', 'Émile', 'apple', 'Banana', 'émile b', 'Zebra', 'Cherry', 'Eagle', 'Ｆull width'].map(
      (title) => createCase(notebook, title),
    );
    const listed = notebook.call('cases.list', { sort: 'title' }).cases;
    expect(titles(listed)).toEqual([
      'apple',
      'banana',
      'Banana',
      'Cherry',
      'Eagle',
      'Émile',
      'émile b',
      'Ｆull width',
      'Zebra',
    ]);
    expect(listed.map((summary) => summary.id).slice(1, 3)).toEqual([ids[0], ids[3]]);
  });

  it('filters by crisis cluster and by the year the case started, whatever the precision of the date', () => {
    const notebook = tempNotebook();
    createCase(notebook, 'year only', { startedOn: '2017', crisisCluster: 'preventable' });
    createCase(notebook, 'with a time', { startedOn: '2017-12-31T23:30-05:00', crisisCluster: 'victim' });
    createCase(notebook, 'next year', { startedOn: '2018-01-01', crisisCluster: 'preventable' });
    createCase(notebook, 'undated', { crisisCluster: 'preventable' });
    expect(titles(notebook.call('cases.list', { year: 2017, sort: 'title' }).cases)).toEqual([
      'with a time',
      'year only',
    ]);
    expect(titles(notebook.call('cases.list', { cluster: 'preventable', sort: 'title' }).cases)).toEqual([
      'next year',
      'undated',
      'year only',
    ]);
    expect(titles(notebook.call('cases.list', { cluster: 'preventable', year: 2018 }).cases)).toEqual(['next year']);
    expect(notebook.call('cases.list', { year: 1999 }).cases).toEqual([]);
  });

  it('matches the filter text against titles and tag names, ignoring case and accents', () => {
    const notebook = tempNotebook();
    createCase(notebook, 'Émissions scandal');
    createCase(notebook, 'Kettle recall', { tags: [{ name: 'Influencer', color: null }] });
    createCase(notebook, '小米 KOL', { summary: 'Influencer marketing gone wrong' });
    expect(titles(notebook.call('cases.list', { query: 'ÉMISSIONS' }).cases)).toEqual(['Émissions scandal']);
    expect(titles(notebook.call('cases.list', { query: 'emissions' }).cases)).toEqual(['Émissions scandal']);
    expect(titles(notebook.call('cases.list', { query: 'fluenc' }).cases)).toEqual(['Kettle recall']);
    expect(titles(notebook.call('cases.list', { query: '小米' }).cases)).toEqual(['小米 KOL']);
    expect(notebook.call('cases.list', { query: '%' }).cases).toEqual([]);
    expect(notebook.call('cases.list', { query: 'nothing like it' }).cases).toEqual([]);
  });

  it('leaves trashed cases out of the list', () => {
    const notebook = tempNotebook();
    const gone = createCase(notebook, 'Gone');
    createCase(notebook, 'Kept');
    notebook.call('cases.delete', { id: gone });
    for (const sort of ['updated', 'started', 'title'] as const) {
      expect(titles(notebook.call('cases.list', { sort }).cases)).toEqual(['Kept']);
    }
  });

  it('pages through every order with the opaque cursor, each case exactly once, and ends with a null cursor', () => {
    const notebook = tempNotebook();
    const cases = insertManyCases(notebook.db, 90);
    for (const sort of ['updated', 'started', 'title'] as const) {
      const expected = [...cases].sort(EXPECTED_ORDER[sort]).map((c) => c.id);
      const { ids, pages } = allPages(notebook, { sort, limit: 7 });
      expect(ids, sort).toEqual(expected);
      expect(pages).toBe(13);
      const filtered = cases.filter((c) => c.crisisCluster === 'accidental' && c.tags.some((t) => t.name === 'recall'));
      expect(
        allPages(notebook, { sort, limit: 2, cluster: 'accidental', tag: 'RECALL' }).ids,
        `${sort} filtered`,
      ).toEqual(filtered.sort(EXPECTED_ORDER[sort]).map((c) => c.id));
    }
  });

  it('keeps paging the updated order with the older {updatedAt, id} cursor the command line uses', () => {
    const notebook = tempNotebook();
    const cases = insertManyCases(notebook.db, 9);
    const first = notebook.call('cases.list', { limit: 4 });
    const last = first.cases.at(-1);
    const rest = notebook.call('cases.list', { after: { updatedAt: last?.updatedAt ?? '', id: last?.id ?? '' } });
    expect([...first.cases, ...rest.cases].map((c) => c.id)).toEqual(
      [...cases].sort(EXPECTED_ORDER.updated).map((c) => c.id),
    );
    expect(rest).toMatchObject({ hasMore: false, nextCursor: null });
  });

  it('refuses a cursor it did not make, a cursor of another order, and two cursors at once, changing nothing', () => {
    const notebook = tempNotebook();
    insertManyCases(notebook.db, 5);
    const { nextCursor } = notebook.call('cases.list', { limit: 2, sort: 'title' });
    const refused = (request: Record<string, unknown>) => notebook.result('cases.list', request);
    const notJson = Buffer.from('not json').toString('base64url');
    const wrongShape = Buffer.from(JSON.stringify({ sort: 'title', key: 1 })).toString('base64url');
    for (const cursor of ['garbage!', notJson, wrongShape, '']) {
      expect(refused({ cursor }), cursor).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(refused({ cursor: 'garbage!' })).toMatchObject({
      error: { message: expect.stringMatching(/^cursor: is not a cursor/) },
    });
    expect(refused({ cursor: nextCursor, sort: 'started' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('"title" order') },
    });
    expect(
      refused({ cursor: nextCursor, sort: 'title', after: { updatedAt: '2026-01-01T00:00:00Z', id: 'X' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(refused({ sort: 'title', after: { updatedAt: '2026-01-01T00:00:00Z', id: 'X' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it(
    'serves the first page of each order right and fast from 10,000 cases (prints the times)',
    { timeout: 90_000 },
    () => {
      const notebook = tempNotebook();
      const built = performance.now();
      const cases = insertManyCases(notebook.db, 10_000);
      console.log(`cases.list: inserted 10,000 cases in ${(performance.now() - built).toFixed(0)} ms`);
      const requests: [string, RequestOf<'cases.list'>, (c: ManyCase) => boolean][] = [
        ['updated', { sort: 'updated' }, () => true],
        ['started', { sort: 'started' }, () => true],
        ['title', { sort: 'title' }, () => true],
        [
          'title, query "recall"',
          { sort: 'title', query: 'recall' },
          (c) => /recall/i.test(c.title) || c.tags.some((t) => t.name === 'recall'),
        ],
        ['started, year 2010', { sort: 'started', year: 2010 }, (c) => c.startedOn?.startsWith('2010') ?? false],
      ];
      for (const [label, request, keep] of requests) {
        notebook.call('cases.list', { ...request, limit: 1 }); // prepares the statement as the window would have
        const started = performance.now();
        const page = notebook.call('cases.list', { ...request, limit: 100 });
        const elapsed = performance.now() - started;
        console.log(`cases.list first page of 100 (${label}) from 10,000 cases: ${elapsed.toFixed(2)} ms`);
        const expected = cases
          .filter(keep)
          .sort(EXPECTED_ORDER[request.sort ?? 'updated'])
          .slice(0, 100);
        expect(
          page.cases.map((c) => c.id),
          label,
        ).toEqual(expected.map((c) => c.id));
        expect(page.hasMore).toBe(true);
      }
    },
  );
});
