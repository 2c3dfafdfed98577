import { describe, expect, it } from 'vitest';
import { readCaseDocument } from '../../electron/services/case-document.ts';
import { searchNotebook } from '../../electron/services/search.ts';
import { rowCount } from '../helpers/inspect.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';

describe('the trash', () => {
  it('takes a deleted case with all its content and gives it back whole', () => {
    const notebook = tempNotebook();
    const { caseId } = notebook.call('notebook.addSample', {});
    const before = readCaseDocument(notebook.db, caseId);
    const { trashId } = notebook.call('cases.delete', { id: caseId });
    expect(notebook.call('cases.list', {}).cases).toEqual([]);
    expect(notebook.result('cases.get', { id: caseId }).ok).toBe(false);
    expect(searchNotebook(notebook.db, 'Jieyun').hits.filter((hit) => hit.caseId !== null)).toEqual([]);
    expect(notebook.call('trash.list', {}).entries).toMatchObject([
      { id: trashId, kind: 'case', itemId: caseId, label: before.case.title },
    ]);
    notebook.call('trash.restore', { id: trashId });
    expect(readCaseDocument(notebook.db, caseId)).toEqual(before);
    expect(searchNotebook(notebook.db, 'Jieyun').hits.length).toBeGreaterThan(0);
  });

  it('waits for a trashed case to be restored before restoring one of its items', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Nested' });
    const lesson = notebook.call('lessons.create', { caseId, fields: { text: 'A lesson' } });
    const lessonTrash = notebook.call('lessons.delete', { id: lesson.id });
    const caseTrash = notebook.call('cases.delete', { id: caseId });
    const early = notebook.result('trash.restore', { id: lessonTrash.trashId });
    expect(early.ok === false && early.error.code).toBe('conflict');
    notebook.call('trash.restore', { id: caseTrash.trashId });
    notebook.call('trash.restore', { id: lessonTrash.trashId });
    expect(readCaseDocument(notebook.db, caseId).lessons.map((l) => l.text)).toEqual(['A lesson']);
  });

  it('purges for good: the item, its citations and its trash entry are gone and cannot be restored', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Purge' });
    const { source } = notebook.call('sources.create', { fields: { title: 'Article' } });
    const row = notebook.call('issueRows.create', { caseId, fields: { issue: 'Row' } });
    notebook.call('citations.add', { target: { kind: 'issueRow', id: row.id }, citation: { sourceId: source.id } });
    const { trashId } = notebook.call('issueRows.delete', { id: row.id });
    expect(notebook.call('trash.purge', { id: trashId })).toEqual({ purged: true });
    expect(rowCount(notebook.db, 'citations')).toBe(0);
    const again = notebook.result('trash.restore', { id: trashId });
    expect(again.ok === false && again.error.code).toBe('not-found');
    expect(notebook.call('trash.list', {}).entries).toEqual([]);
  });

  it('purging an actor leaves the rows that named it, unattributed', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', {});
    const actor = notebook.call('actors.create', { caseId, fields: { name: 'Xiaomi' } });
    notebook.call('issueRows.create', { caseId, fields: { issue: 'Row', actorId: actor.id } });
    notebook.call('trash.purge', { id: notebook.call('actors.delete', { id: actor.id }).trashId });
    expect(readCaseDocument(notebook.db, caseId).issueRows).toMatchObject([{ issue: 'Row', actorId: null }]);
  });

  it('purging a case removes everything in it, and its slug becomes free again', () => {
    const notebook = tempNotebook();
    const { caseId } = notebook.call('notebook.addSample', {});
    const { trashId } = notebook.call('cases.delete', { id: caseId });
    expect(notebook.call('notebook.info', {}).sampleAvailable).toBe(false);
    notebook.call('trash.purge', { id: trashId });
    for (const table of ['issue_rows', 'events', 'quotes', 'facts', 'lessons', 'actors', 'narratives', 'trash']) {
      expect(rowCount(notebook.db, table), table).toBe(0);
    }
    expect(notebook.call('notebook.info', {}).sampleAvailable).toBe(true);
  });
});
