import { describe, expect, it } from 'vitest';
import { checkNotebook } from '../../electron/services/check.ts';
import { insertOrphanLesson } from '../helpers/inspect.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';

describe('the notebook check', () => {
  it('reports unsupported, single-source and conflicting claims, and a sound file', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', {});
    const s1 = notebook.call('sources.create', { fields: { title: 'one' } }).source.id;
    const s2 = notebook.call('sources.create', { fields: { title: 'two' } }).source.id;
    const bare = notebook.call('issueRows.create', { caseId, fields: { issue: 'Nobody says so' } });
    const single = notebook.call('quotes.create', { caseId, fields: { text: 'One outlet says so' } });
    const double = notebook.call('facts.create', { caseId, fields: { statement: 'Two outlets say so' } });
    notebook.call('citations.add', { target: { kind: 'quote', id: single.id }, citation: { sourceId: s1 } });
    notebook.call('citations.add', { target: { kind: 'fact', id: double.id }, citation: { sourceId: s1 } });
    notebook.call('citations.add', { target: { kind: 'fact', id: double.id }, citation: { sourceId: s2 } });
    notebook.call('conflicts.add', { caseId, conflict: { a: single.id, b: double.id, note: 'numbers differ' } });

    const report = checkNotebook(notebook.db);
    expect(report.integrity).toBe('ok');
    const summary = report.problems.map((problem) => [problem.kind, problem.itemId]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['unsupported', bare.id],
        ['single-source', single.id],
        ['conflicting', single.id],
      ]),
    );
    expect(summary.filter(([, itemId]) => itemId === double.id)).toEqual([]);
    expect(report.problems.find((p) => p.kind === 'unsupported')?.message).toMatch(/Nobody says so/);
    // Both cited sources have no snapshot either: two more problems, one per source.
    expect(notebook.call('evidence.check', { caseId }).problems.map((problem) => problem.kind).sort()).toEqual([
      'conflicting',
      'no-snapshot',
      'no-snapshot',
      'single-source',
      'unsupported',
    ]);
  });

  it('leaves trashed items and cases out of the evidence check', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', {});
    const row = notebook.call('issueRows.create', { caseId, fields: { issue: 'x' } });
    notebook.call('issueRows.delete', { id: row.id });
    notebook.call('events.create', { caseId, fields: { on: '2026', title: 'y' } });
    expect(checkNotebook(notebook.db).problems).toHaveLength(1);
    notebook.call('cases.delete', { id: caseId });
    expect(checkNotebook(notebook.db).problems).toEqual([]);
  });

  it('reports rows that point to missing rows', () => {
    const notebook = tempNotebook();
    insertOrphanLesson(notebook.db);
    expect(checkNotebook(notebook.db).problems).toMatchObject([
      { kind: 'foreign-key', message: expect.stringMatching(/lessons.*cases/) },
    ]);
  });
});
