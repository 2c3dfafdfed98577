import { describe, expect, it } from 'vitest';
import { readCaseDocument } from '../../electron/services/case-document.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';

describe('the other parts of a case', () => {
  it('keeps the timeline in calendar order, a less precise date before the dates it contains', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Timeline' });
    for (const [on, title] of [
      ['2026-01-06', 'Dismissal'],
      ['2026-01-05T18:00+08:00', 'Apology'],
      ['2026-01', 'Early January'],
      ['2025-12-30', 'Trigger'],
      ['2026', 'The year'],
    ] as const) {
      notebook.call('events.create', { caseId, fields: { on, title } });
    }
    expect(readCaseDocument(notebook.db, caseId).events.map((event) => event.title)).toEqual([
      'Trigger',
      'The year',
      'Early January',
      'Apology',
      'Dismissal',
    ]);
  });

  it('creates, updates, reorders and deletes actors, quotes, facts and lessons', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Parts' });
    const xiaomi = notebook.call('actors.create', { caseId, fields: { name: 'Xiaomi', role: 'subject' } });
    const xu = notebook.call('actors.create', {
      caseId,
      fields: { name: 'Xu Jieyun', kind: 'person', role: 'spokesperson' },
    });
    notebook.call('actors.reorder', { caseId, ids: [xu.id, xiaomi.id] });
    notebook.call('actors.update', { id: xu.id, patch: { private: true } });
    const quote = notebook.call('quotes.create', {
      caseId,
      fields: { text: 'We apologize', verbatim: false, actorId: xu.id, original: '我们道歉', language: 'zh' },
    });
    notebook.call('quotes.update', { id: quote.id, patch: { on: '2026-01-05' } });
    const fact = notebook.call('facts.create', {
      caseId,
      fields: { statement: 'About 40% of value', value: 40, unit: '%', origin: 'Deloitte' },
    });
    notebook.call('facts.update', { id: fact.id, patch: { value: 41.5 } });
    const lessonA = notebook.call('lessons.create', { caseId, fields: { text: 'Second' } });
    notebook.call('lessons.create', { caseId, afterId: null, fields: { text: 'First' } });
    notebook.call('lessons.update', { id: lessonA.id, patch: { text: 'Second, edited' } });

    let document = readCaseDocument(notebook.db, caseId);
    expect(document.actors.map((actor) => [actor.name, actor.private])).toEqual([
      ['Xu Jieyun', true],
      ['Xiaomi', false],
    ]);
    expect(document.quotes[0]).toMatchObject({
      text: 'We apologize',
      verbatim: false,
      actorId: xu.id,
      on: '2026-01-05',
      original: '我们道歉',
    });
    expect(document.facts[0]).toMatchObject({ value: 41.5, unit: '%', origin: 'Deloitte' });
    expect(document.lessons.map((lesson) => lesson.text)).toEqual(['First', 'Second, edited']);

    notebook.call('actors.delete', { id: xu.id });
    notebook.call('facts.delete', { id: fact.id });
    document = readCaseDocument(notebook.db, caseId);
    expect(document.actors.map((actor) => actor.name)).toEqual(['Xiaomi']);
    // a quote by a trashed actor reads as unattributed until the actor is restored
    expect(document.quotes[0]?.actorId).toBeNull();
    expect(document.facts).toEqual([]);
  });

  it('records conflicting claims once per pair, in either order, only between claims of the same case', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Disagreement' });
    const other = notebook.call('cases.create', { title: 'Other' });
    const a = notebook.call('quotes.create', { caseId, fields: { text: 'She apologized' } });
    const b = notebook.call('issueRows.create', { caseId, fields: { issue: 'He apologized' } });
    const elsewhere = notebook.call('facts.create', { caseId: other.id, fields: { statement: 'x' } });
    notebook.call('conflicts.add', { caseId, conflict: { a: a.id, b: b.id } });
    notebook.call('conflicts.add', { caseId, conflict: { a: b.id, b: a.id, note: 'speaker differs' } });
    expect(readCaseDocument(notebook.db, caseId).conflicts).toEqual([{ a: a.id, b: b.id, note: 'speaker differs' }]);
    const foreign = notebook.result('conflicts.add', { caseId, conflict: { a: a.id, b: elsewhere.id } });
    expect(foreign.ok === false && foreign.error.code).toBe('conflict');
    expect(notebook.call('conflicts.remove', { caseId, a: b.id, b: a.id })).toEqual({ removed: true });
    expect(readCaseDocument(notebook.db, caseId).conflicts).toEqual([]);
  });

  it('updates the overview, derives the SCCT cluster from a built-in crisis type, and keeps slugs unique', () => {
    const notebook = tempNotebook();
    const one = notebook.call('cases.create', { title: 'Kettle recall' });
    const two = notebook.call('cases.create', { title: 'Kettle recall' });
    expect([one.slug, two.slug]).toEqual(['kettle-recall', 'kettle-recall-2']);
    const updated = notebook.call('cases.update', {
      id: one.id,
      patch: {
        crisisType: 'management-misconduct',
        startedOn: '2026-01',
        startedApprox: true,
        tags: [
          { name: 'Recall', color: '#ff0000' },
          { name: 'recall', color: null },
        ],
      },
    });
    expect(updated).toMatchObject({
      crisisCluster: 'preventable',
      startedOn: '2026-01',
      startedApprox: true,
      tags: [{ name: 'Recall', color: '#ff0000' }],
    });
    const taken = notebook.result('cases.update', { id: two.id, patch: { slug: 'kettle-recall' } });
    expect(taken.ok === false && taken.error.code).toBe('conflict');
    const unknownType = notebook.result('cases.update', { id: two.id, patch: { crisisType: 'made-up-type' } });
    expect(unknownType.ok === false && unknownType.error.message).toMatch(/^patch\.crisisType:/);
  });

  it('lists cases most recently updated first, filters them, and pages with a keyset cursor', async () => {
    const notebook = tempNotebook();
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) ids.push(notebook.call('cases.create', { title: `Case ${n}` }).id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    notebook.call('cases.update', {
      id: ids[0] ?? '',
      patch: { status: 'final', tags: [{ name: 'done', color: null }] },
    });
    const all = notebook.call('cases.list', {}).cases.map((c) => c.id);
    expect(all[0]).toBe(ids[0]);
    expect(new Set(all)).toEqual(new Set(ids));
    const first = notebook.call('cases.list', { limit: 2 });
    expect(first.hasMore).toBe(true);
    const last = first.cases.at(-1);
    const second = notebook.call('cases.list', {
      limit: 10,
      after: { updatedAt: last?.updatedAt ?? '', id: last?.id ?? '' },
    });
    expect([...first.cases, ...second.cases].map((c) => c.id)).toEqual(all);
    expect(second.hasMore).toBe(false);
    expect(notebook.call('cases.list', { status: 'final' }).cases.map((c) => c.id)).toEqual([ids[0]]);
    expect(notebook.call('cases.list', { tag: 'DONE' }).cases.map((c) => c.id)).toEqual([ids[0]]);
    expect(notebook.call('cases.list', { query: 'case 3' }).cases.map((c) => c.id)).toEqual([ids[3]]);
    expect(notebook.call('cases.list', { query: '%' }).cases).toEqual([]);
  });
});
