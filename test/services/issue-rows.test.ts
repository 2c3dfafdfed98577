import { describe, expect, it } from 'vitest';
import { readCaseDocument } from '../../electron/services/case-document.ts';
import { tempNotebook, type TempNotebook } from '../helpers/temp-notebook.ts';

function issues(notebook: TempNotebook, caseId: string): string[] {
  return readCaseDocument(notebook.db, caseId).issueRows.map((row) => row.issue);
}

describe('issue / response / impact rows', () => {
  it('appends by default, puts a row at the top with afterId null, and right after a given row', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Rows' });
    const first = notebook.call('issueRows.create', { caseId, fields: { issue: 'first' } });
    notebook.call('issueRows.create', { caseId, fields: { issue: 'last' } });
    notebook.call('issueRows.create', { caseId, afterId: null, fields: { issue: 'top' } });
    notebook.call('issueRows.create', { caseId, afterId: first.id, fields: { issue: 'after first' } });
    expect(issues(notebook, caseId)).toEqual(['top', 'first', 'after first', 'last']);
  });

  it('fills the fields a create leaves out with their defaults', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', {});
    const row = notebook.call('issueRows.create', { caseId });
    expect(row).toMatchObject({
      issue: '',
      response: '',
      impact: '',
      incomplete: false,
      strategy: null,
      status: 'confirmed',
      citations: [],
    });
  });

  it('reorders rows to exactly the order given, and the order survives reopening the notebook', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Order' });
    const ids = ['a', 'b', 'c'].map((issue) => notebook.call('issueRows.create', { caseId, fields: { issue } }).id);
    notebook.call('issueRows.reorder', { caseId, ids: [ids[2] ?? '', ids[0] ?? '', ids[1] ?? ''] });
    expect(issues(notebook, caseId)).toEqual(['c', 'a', 'b']);
  });

  it('refuses a reorder that leaves out, repeats or invents a row, and keeps the old order', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Order' });
    const [a, b] = ['a', 'b'].map((issue) => notebook.call('issueRows.create', { caseId, fields: { issue } }).id) as [
      string,
      string,
    ];
    for (const ids of [[a], [a, a], [a, b, 'OTHER'], [b, 'OTHER']]) {
      const result = notebook.result('issueRows.reorder', { caseId, ids });
      expect(result.ok === false && result.error.code).toBe('conflict');
    }
    expect(issues(notebook, caseId)).toEqual(['a', 'b']);
  });

  it('changes only the fields a patch names, and marks the case as updated', async () => {
    const notebook = tempNotebook();
    const created = notebook.call('cases.create', { title: 'Patch' });
    const row = notebook.call('issueRows.create', {
      caseId: created.id,
      fields: { issue: 'Issue', response: 'Response' },
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const updated = notebook.call('issueRows.update', { id: row.id, patch: { impact: 'Impact' } });
    expect(updated).toMatchObject({ issue: 'Issue', response: 'Response', impact: 'Impact' });
    const after = readCaseDocument(notebook.db, created.id).case.updatedAt;
    expect(Date.parse(after)).toBeGreaterThan(Date.parse(created.updatedAt));
    expect(notebook.call('cases.list', {}).cases[0]?.updatedAt).toBe(after);
  });

  it('never attaches a row to an actor of another case', () => {
    const notebook = tempNotebook();
    const one = notebook.call('cases.create', { title: 'One' });
    const two = notebook.call('cases.create', { title: 'Two' });
    const actorOfTwo = notebook.call('actors.create', { caseId: two.id, fields: { name: 'Someone else' } });
    const created = notebook.result('issueRows.create', {
      caseId: one.id,
      fields: { issue: 'x', actorId: actorOfTwo.id },
    });
    expect(created.ok === false && created.error.code).toBe('conflict');
    const row = notebook.call('issueRows.create', { caseId: one.id, fields: { issue: 'x' } });
    const updated = notebook.result('issueRows.update', { id: row.id, patch: { actorId: actorOfTwo.id } });
    expect(updated.ok === false && updated.error.code).toBe('conflict');
    expect(readCaseDocument(notebook.db, one.id).issueRows[0]?.actorId).toBeNull();
  });

  it('refuses an afterId from another case and a strategy that is not in the codebook', () => {
    const notebook = tempNotebook();
    const one = notebook.call('cases.create', { title: 'One' });
    const two = notebook.call('cases.create', { title: 'Two' });
    const rowOfTwo = notebook.call('issueRows.create', { caseId: two.id });
    const misplaced = notebook.result('issueRows.create', { caseId: one.id, afterId: rowOfTwo.id });
    expect(misplaced.ok === false && misplaced.error.code).toBe('conflict');
    const uncoded = notebook.result('issueRows.create', { caseId: one.id, fields: { strategy: 'bribery' } });
    expect(uncoded.ok === false && uncoded.error.message).toMatch(
      /^fields\.strategy: "bribery" is not an SCCT response strategy/,
    );
    expect(readCaseDocument(notebook.db, one.id).issueRows).toEqual([]);
  });

  it('moves a deleted row to the trash and restores it in its old place', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Trash' });
    const ids = ['a', 'b', 'c'].map((issue) => notebook.call('issueRows.create', { caseId, fields: { issue } }).id);
    const { trashId } = notebook.call('issueRows.delete', { id: ids[1] ?? '' });
    expect(issues(notebook, caseId)).toEqual(['a', 'c']);
    expect(notebook.call('trash.list', {}).entries).toMatchObject([
      { id: trashId, kind: 'issueRow', itemId: ids[1], caseId, label: 'b' },
    ]);
    // while it is in the trash, reordering names only the live rows
    notebook.call('issueRows.reorder', { caseId, ids: [ids[2] ?? '', ids[0] ?? ''] });
    notebook.call('trash.restore', { id: trashId });
    expect(issues(notebook, caseId)).toContain('b');
    expect(notebook.call('trash.list', {}).entries).toEqual([]);
    const updating = notebook.result('issueRows.update', { id: ids[1] ?? '', patch: { issue: 'B' } });
    expect(updating.ok).toBe(true);
  });

  it('cannot edit a row that is in the trash', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', {});
    const row = notebook.call('issueRows.create', { caseId, fields: { issue: 'a' } });
    notebook.call('issueRows.delete', { id: row.id });
    const result = notebook.result('issueRows.update', { id: row.id, patch: { issue: 'b' } });
    expect(result.ok === false && result.error.code).toBe('not-found');
  });
});
