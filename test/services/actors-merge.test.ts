import { describe, expect, it } from 'vitest';
import { rowCount } from '../helpers/inspect.ts';
import { tempNotebook, type TempNotebook } from '../helpers/temp-notebook.ts';

function caseWithDuplicates(notebook: TempNotebook) {
  const caseId = notebook.call('cases.create', { title: 'Xiaomi KOL' }).id;
  const actor = (name: string) => notebook.call('actors.create', { caseId, fields: { name } }).id;
  const kept = actor('Xiaomi');
  const dupA = actor('Xiaomi Corp.');
  const dupB = actor('小米');
  const other = actor('Weibo user');
  const row = notebook.call('issueRows.create', { caseId, fields: { issue: 'Black PR', actorId: dupA } }).id;
  const event = notebook.call('events.create', {
    caseId,
    fields: { on: '2026-01-05', title: 'Apology', actorId: dupB },
  }).id;
  const quote = notebook.call('quotes.create', { caseId, fields: { text: 'We apologize.', actorId: dupA } }).id;
  const trashedQuote = notebook.call('quotes.create', { caseId, fields: { text: 'Deleted words', actorId: dupB } }).id;
  const untouched = notebook.call('quotes.create', { caseId, fields: { text: 'Not us', actorId: other } }).id;
  notebook.call('quotes.delete', { id: trashedQuote });
  return { caseId, kept, dupA, dupB, other, row, event, quote, trashedQuote, untouched };
}

describe('actors.merge', () => {
  it('points every row, event and quote at the kept actor and moves the duplicates to the trash', () => {
    const notebook = tempNotebook();
    const c = caseWithDuplicates(notebook);
    const merged = notebook.call('actors.merge', { keepId: c.kept, mergeIds: [c.dupA, c.dupB] });
    expect(merged.actor).toMatchObject({ id: c.kept, name: 'Xiaomi' });
    expect(merged.trashIds).toHaveLength(2);

    const document = notebook.call('cases.get', { id: c.caseId });
    expect(document.actors.map((a) => a.name)).toEqual(['Xiaomi', 'Weibo user']);
    expect(document.issueRows.find((r) => r.id === c.row)?.actorId).toBe(c.kept);
    expect(document.events.find((e) => e.id === c.event)?.actorId).toBe(c.kept);
    expect(document.quotes.find((q) => q.id === c.quote)?.actorId).toBe(c.kept);
    expect(document.quotes.find((q) => q.id === c.untouched)?.actorId).toBe(c.other);
    const trash = notebook.call('trash.list', {}).entries;
    expect(
      trash
        .filter((e) => e.kind === 'actor')
        .map((e) => e.label)
        .sort(),
    ).toEqual(['Xiaomi Corp.', '小米']);

    // A trashed quote that named a duplicate comes back naming the kept actor.
    const quoteEntry = trash.find((e) => e.itemId === c.trashedQuote);
    notebook.call('trash.restore', { id: quoteEntry?.id ?? '' });
    expect(notebook.call('cases.get', { id: c.caseId }).quotes.find((q) => q.id === c.trashedQuote)?.actorId).toBe(
      c.kept,
    );
  });

  it('restores a merged actor from the trash without pointing the items back at it', () => {
    const notebook = tempNotebook();
    const c = caseWithDuplicates(notebook);
    const { trashIds } = notebook.call('actors.merge', { keepId: c.kept, mergeIds: [c.dupA] });
    notebook.call('trash.restore', { id: trashIds[0] ?? '' });
    const document = notebook.call('cases.get', { id: c.caseId });
    expect(document.actors.map((a) => a.id)).toContain(c.dupA);
    expect(document.issueRows[0]?.actorId).toBe(c.kept);
  });

  it('refuses actors of another case, trashed or unknown actors, and keeping a merged actor, changing nothing', () => {
    const notebook = tempNotebook();
    const c = caseWithDuplicates(notebook);
    const otherCase = notebook.call('cases.create', { title: 'Other' }).id;
    const stranger = notebook.call('actors.create', { caseId: otherCase, fields: { name: 'Stranger' } }).id;
    const trashed = notebook.call('actors.create', { caseId: c.caseId, fields: { name: 'Gone' } }).id;
    notebook.call('actors.delete', { id: trashed });
    const before = notebook.call('cases.get', { id: c.caseId });
    const trashBefore = rowCount(notebook.db, 'trash');
    const cases: [Record<string, unknown>, string][] = [
      [{ keepId: c.kept, mergeIds: [c.dupA, stranger] }, 'conflict'],
      [{ keepId: stranger, mergeIds: [c.dupA] }, 'conflict'],
      [{ keepId: c.kept, mergeIds: [c.dupA, trashed] }, 'not-found'],
      [{ keepId: c.kept, mergeIds: ['01NOSUCHACTOR00000000000000'] }, 'not-found'],
      [{ keepId: c.kept, mergeIds: [c.dupA, c.kept] }, 'invalid-request'],
      [{ keepId: c.kept, mergeIds: [] }, 'invalid-request'],
    ];
    for (const [request, code] of cases) {
      expect(notebook.result('actors.merge', request), JSON.stringify(request)).toMatchObject({
        ok: false,
        error: { code },
      });
    }
    expect(notebook.call('cases.get', { id: c.caseId })).toEqual(before);
    expect(rowCount(notebook.db, 'trash')).toBe(trashBefore);
  });
});
