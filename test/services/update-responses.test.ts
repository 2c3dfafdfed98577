import { describe, expect, it } from 'vitest';
import { tempNotebook, type TempNotebook } from '../helpers/temp-notebook.ts';

/** A case with one of every part, every part cited, as the window edits it. */
function caseWithEveryPart(notebook: TempNotebook) {
  const caseId = notebook.call('cases.create', { title: 'Kettle recall' }).id;
  const source = notebook.call('sources.create', { fields: { title: 'Report', url: 'https://example.com/r' } }).source
    .id;
  const actor = notebook.call('actors.create', { caseId, fields: { name: 'Acme' } }).id;
  const row = notebook.call('issueRows.create', { caseId, fields: { issue: 'Overheating' } }).id;
  const event = notebook.call('events.create', {
    caseId,
    fields: { on: '2017-04', title: 'Recall', status: 'suggested' },
  }).id;
  const quote = notebook.call('quotes.create', { caseId, fields: { text: 'We are sorry.' } }).id;
  const fact = notebook.call('facts.create', { caseId, fields: { statement: 'Units sold' } }).id;
  const lesson = notebook.call('lessons.create', { caseId, fields: { text: 'Recall early' } }).id;
  notebook.call('citations.add', {
    target: { kind: 'issueRow', id: row },
    citation: { sourceId: source, locator: 'p. 2' },
  });
  notebook.call('citations.add', {
    target: { kind: 'event', id: event },
    citation: { sourceId: source, locator: null },
  });
  notebook.call('citations.add', {
    target: { kind: 'quote', id: quote },
    citation: { sourceId: source, locator: null },
  });
  notebook.call('citations.add', { target: { kind: 'fact', id: fact }, citation: { sourceId: source, locator: null } });
  return { caseId, source, actor, row, event, quote, fact, lesson };
}

describe('update procedures', () => {
  it('each return the whole entity as stored after the write (citations included), so an undo can put it back', () => {
    const notebook = tempNotebook();
    const c = caseWithEveryPart(notebook);
    const updates = {
      actor: notebook.call('actors.update', { id: c.actor, patch: { role: 'subject' } }),
      row: notebook.call('issueRows.update', { id: c.row, patch: { response: 'Recalled', actorId: c.actor } }),
      event: notebook.call('events.update', { id: c.event, patch: { detail: 'All models' } }),
      quote: notebook.call('quotes.update', { id: c.quote, patch: { speaker: 'CEO' } }),
      fact: notebook.call('facts.update', { id: c.fact, patch: { value: 12000, unit: 'units' } }),
      lesson: notebook.call('lessons.update', { id: c.lesson, patch: { text: 'Recall earlier' } }),
      source: notebook.call('sources.update', { id: c.source, patch: { publisher: 'Regulator' } }),
      // last: every write to a part of the case moves the case's updatedAt
      case: notebook.call('cases.update', {
        id: c.caseId,
        patch: { summary: 'Kettles overheated', tags: [{ name: 'recall', color: null }] },
      }),
    };
    const document = notebook.call('cases.get', { id: c.caseId });
    expect(updates.case).toEqual(document.case);
    expect(updates.actor).toEqual(document.actors[0]);
    expect(updates.row).toEqual(document.issueRows[0]);
    expect(updates.row.citations).toEqual([{ sourceId: c.source, locator: 'p. 2' }]);
    expect(updates.event).toEqual(document.events[0]);
    expect(updates.quote).toEqual(document.quotes[0]);
    expect(updates.fact).toEqual(document.facts[0]);
    expect(updates.lesson).toEqual(document.lessons[0]);
    expect(updates.source).toEqual(notebook.call('sources.get', { id: c.source }));
    expect(updates.source.publisher).toBe('Regulator');
  });

  it('confirm a suggested event by updating its status, and dismiss one by moving it to the trash', () => {
    const notebook = tempNotebook();
    const c = caseWithEveryPart(notebook);
    const dismissed = notebook.call('events.create', {
      caseId: c.caseId,
      fields: { on: '2017', title: 'Rumour', status: 'suggested' },
    }).id;
    expect(notebook.call('cases.get', { id: c.caseId }).events.map((e) => e.status)).toEqual([
      'suggested',
      'suggested',
    ]);

    const confirmed = notebook.call('events.update', { id: c.event, patch: { status: 'confirmed' } });
    expect(confirmed).toMatchObject({
      id: c.event,
      status: 'confirmed',
      title: 'Recall',
      citations: [{ sourceId: c.source }],
    });
    const { trashId } = notebook.call('events.delete', { id: dismissed });
    expect(notebook.call('cases.get', { id: c.caseId }).events).toEqual([confirmed]);

    // Both are undoable: back to suggested, and the dismissed one restored from the trash.
    notebook.call('events.update', { id: c.event, patch: { status: 'suggested' } });
    notebook.call('trash.restore', { id: trashId });
    const events = notebook.call('cases.get', { id: c.caseId }).events;
    expect(events.map((e) => [e.title, e.status])).toEqual([
      ['Rumour', 'suggested'],
      ['Recall', 'suggested'],
    ]);
    expect(notebook.result('events.update', { id: c.event, patch: { status: 'maybe' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });
});
