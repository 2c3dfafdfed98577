import { describe, expect, it } from 'vitest';
import { searchNotebook, toMatchExpression } from '../../electron/services/search.ts';
import { parseQuery } from '../../electron/services/search/query-syntax.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';

describe('full-text search', () => {
  it('finds text in every part of a case and in source titles, with a snippet', () => {
    const notebook = tempNotebook();
    const { caseId } = notebook.call('notebook.addSample', {});
    const kinds = (query: string) => new Set(searchNotebook(notebook.db, query).hits.map((hit) => hit.kind));
    expect(kinds('black PR')).toEqual(new Set(['case', 'narrative', 'issueRow', 'event', 'source']));
    expect(kinds('Deloitte')).toEqual(new Set(['fact']));
    expect(kinds('revisited')).toEqual(new Set(['quote']));
    expect(kinds('contradict')).toEqual(new Set(['lesson', 'narrative']));
    const [hit] = searchNotebook(notebook.db, 'Deloitte').hits;
    expect(hit).toMatchObject({ caseId, kind: 'fact' });
    expect(hit?.snippet).toContain('«Deloitte»');
  });

  it('never fails on FTS syntax in what a person types', () => {
    const notebook = tempNotebook();
    notebook.call('notebook.addSample', {});
    for (const query of ['"', '*', 'AND', '-', 'NEAR(', 'black"PR', 'title:x', '(((', '^xiaomi', 'OR OR', "'", '   ']) {
      const result = notebook.result('search.query', { query });
      expect(result.ok, query).toBe(true);
    }
    expect(searchNotebook(notebook.db, 'AND').hits.length).toBeGreaterThan(0); // the word "and", not the operator
    expect(toMatchExpression(parseQuery(' " * - ').terms)).toBeNull();
  });

  it('matches the last word as a prefix while typing, and requires every word', () => {
    const notebook = tempNotebook();
    notebook.call('notebook.addSample', {});
    expect(searchNotebook(notebook.db, 'Jiey').hits.length).toBeGreaterThan(0);
    expect(searchNotebook(notebook.db, 'Jieyun zeppelin').hits).toEqual([]);
  });

  it('stops finding trashed items and finds them again after a restore', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', {});
    const row = notebook.call('issueRows.create', { caseId, fields: { issue: 'Counterfeit chargers' } });
    expect(searchNotebook(notebook.db, 'counterfeit').hits.map((hit) => hit.id)).toEqual([row.id]);
    const { trashId } = notebook.call('issueRows.delete', { id: row.id });
    expect(searchNotebook(notebook.db, 'counterfeit').hits).toEqual([]);
    notebook.call('trash.restore', { id: trashId });
    expect(searchNotebook(notebook.db, 'counterfeit').hits.map((hit) => hit.id)).toEqual([row.id]);
  });

  it('respects the limit and says when more hits exist', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', {});
    for (let n = 0; n < 5; n++)
      notebook.call('lessons.create', { caseId, fields: { text: `Lesson about recalls ${n}` } });
    const first = notebook.call('search.query', { query: 'recalls', limit: 3 });
    expect(first.hits).toHaveLength(3);
    expect(first.truncated).toBe(true);
    const all = notebook.call('search.query', { query: 'recalls', limit: 5 });
    expect(all.hits).toHaveLength(5);
    expect(all.truncated).toBe(false);
  });
});
