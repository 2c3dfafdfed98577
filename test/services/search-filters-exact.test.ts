import { describe, expect, it } from 'vitest';
import { searchNotebook } from '../../electron/services/search.ts';
import { inWriteTransaction } from '../../electron/store/database.ts';
import { insertPlainSources } from '../helpers/search-bench-notebook.ts';
import { tempNotebook, type TempNotebook } from '../helpers/temp-notebook.ts';

/** More source matches than the old search looked at (5,000 index rows) under a filter. */
const CROWD = 3_000;
/** More cases than the old search looked up one by one (200). */
const FINAL_CASES = 250;

/**
 * A notebook where a common word and a common phrase match thousands of new sources (in their titles
 * and snapshots), and only a few older items inside each filter.
 */
function crowdedNotebook() {
  const notebook = tempNotebook();
  const hit = notebook.call('cases.create', { title: 'Kettle fire' });
  notebook.call('cases.update', {
    id: hit.id,
    patch: { status: 'final', tags: [{ name: 'recall' }], crisisCluster: 'preventable', startedOn: '2011-04' },
  });
  const lesson = notebook.call('lessons.create', {
    caseId: hit.id,
    fields: { text: 'Share the recall notice with every retailer before readers notice.' },
  });
  const other = notebook.call('cases.create', { title: 'Battery swelling' });
  const quote = notebook.call('quotes.create', {
    caseId: other.id,
    fields: { text: 'We share the concern of our customers.', strategy: 'apology' },
  });
  const archived = notebook.call('sources.create', {
    fields: { title: 'Shareholders share the cost', publishedOn: '2009-03-01' },
  }).source;
  inWriteTransaction(notebook.db, () => {
    for (let n = 0; n < FINAL_CASES; n++) {
      const { id } = notebook.call('cases.create', { title: `Quiet case ${n}` });
      notebook.call('cases.update', {
        id,
        patch: { status: 'final', tags: [{ name: 'recall' }], crisisCluster: 'preventable', startedOn: '2011-01' },
      });
    }
  });
  insertPlainSources(
    notebook.db,
    CROWD,
    '2020-05-01',
    (n) => `Readers share report ${n}`,
    (n) => `Analysts share the recall notice with readers, story ${n}.`,
  );
  return { notebook, caseId: hit.id, lessonId: lesson.id, quoteId: quote.id, sourceId: archived.id };
}

const found = (notebook: TempNotebook, query: string) => {
  const result = searchNotebook(notebook.db, query);
  return { ids: result.hits.map((hit) => hit.id), truncated: result.truncated, warnings: result.warnings };
};

describe('filters with a common word find every matching item (issue 6)', () => {
  it('finds the one final case item a common word matches among thousands of newer sources', () => {
    const { notebook, lessonId } = crowdedNotebook();
    expect(searchNotebook(notebook.db, 'share').truncated).toBe(true);
    expect(found(notebook, 'status:final share')).toEqual({ ids: [lessonId], truncated: false, warnings: [] });
    expect(found(notebook, 'status:final "recall notice"').ids).toEqual([lessonId]);
    expect(found(notebook, 'status:draft "recall notice"').ids).toEqual([]);
  });

  it('finds the one place two common words stand together as a phrase', () => {
    const { notebook, lessonId } = crowdedNotebook();
    expect(found(notebook, '"readers notice"')).toEqual({ ids: [lessonId], truncated: false, warnings: [] });
    expect(found(notebook, 'status:final "readers notice"').ids).toEqual([lessonId]);
    expect(found(notebook, '"notice readers"').ids).toEqual([]);
  });

  it('respects tag:, cluster: and strategy: with a common word and a phrase', () => {
    const { notebook, lessonId, quoteId } = crowdedNotebook();
    expect(found(notebook, 'tag:recall share').ids).toEqual([lessonId]);
    expect(found(notebook, 'tag:recall "recall notice"').ids).toEqual([lessonId]);
    expect(found(notebook, 'cluster:preventable share').ids).toEqual([lessonId]);
    expect(found(notebook, 'strategy:apology share').ids).toEqual([quoteId]);
    expect(found(notebook, 'strategy:apology "share the concern"').ids).toEqual([quoteId]);
  });

  it('respects in: with a common word and a phrase', () => {
    const { notebook, lessonId, quoteId } = crowdedNotebook();
    expect(found(notebook, 'in:quote share').ids).toEqual([quoteId]);
    expect(found(notebook, 'in:lesson "recall notice"').ids).toEqual([lessonId]);
    expect(found(notebook, 'in:quote "recall notice"').ids).toEqual([]);
  });

  it('respects year: for sources and cases with a common word and a phrase', () => {
    const { notebook, lessonId, sourceId } = crowdedNotebook();
    expect(found(notebook, 'year:2009 share').ids).toEqual([sourceId]);
    expect(found(notebook, 'year:2009 "share the cost"').ids).toEqual([sourceId]);
    expect(found(notebook, 'year:2011 share').ids).toEqual([lessonId]);
    expect(found(notebook, 'year:2011 "recall notice" in:lesson').ids).toEqual([lessonId]);
  });

  it('leaves out excluded and trashed cases without losing the others', () => {
    const { notebook, caseId, lessonId, quoteId } = crowdedNotebook();
    expect(found(notebook, 'share -status:draft in:lesson').ids).toEqual([lessonId]);
    expect(found(notebook, 'share -status:final in:quote').ids).toEqual([quoteId]);
    notebook.call('cases.delete', { id: caseId });
    expect(found(notebook, 'status:final share').ids).toEqual([]);
    expect(found(notebook, 'in:lesson share').ids).toEqual([]);
  });

  it('says more exist when a filter keeps more items than the page', () => {
    const { notebook } = crowdedNotebook();
    const result = searchNotebook(notebook.db, 'year:2020 share', { limit: 10 });
    expect(result.hits).toHaveLength(10);
    expect(result.truncated).toBe(true);
    expect(new Set(result.hits.map((hit) => hit.kind))).toEqual(new Set(['source']));
  });
});
