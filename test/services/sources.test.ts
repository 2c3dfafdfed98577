import { describe, expect, it } from 'vitest';
import { readCaseDocument } from '../../electron/services/case-document.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';

describe('sources and citations', () => {
  it('merges a source whose URL normalizes to one already in the library', () => {
    const notebook = tempNotebook();
    const first = notebook.call('sources.create', {
      fields: { title: 'Article', url: 'https://News.example.com/story?id=7&utm_source=feed#comments' },
    });
    expect(first.merged).toBe(false);
    const again = notebook.call('sources.create', {
      fields: { title: 'Same article', url: 'https://news.example.com:443/story?id=7&fbclid=abc' },
    });
    expect(again).toMatchObject({
      merged: true,
      source: {
        id: first.source.id,
        title: 'Article',
        url: 'https://News.example.com/story?id=7&utm_source=feed#comments',
      },
    });
    expect(notebook.call('sources.list', {}).sources).toHaveLength(1);
  });

  it('never merges sources without a URL', () => {
    const notebook = tempNotebook();
    notebook.call('sources.create', { fields: { title: 'Interview notes' } });
    const second = notebook.call('sources.create', { fields: { title: 'Interview notes' } });
    expect(second.merged).toBe(false);
    expect(notebook.call('sources.list', {}).sources).toHaveLength(2);
  });

  it('refuses to give a source the address of another one', () => {
    const notebook = tempNotebook();
    notebook.call('sources.create', { fields: { title: 'A', url: 'https://a.example/x' } });
    const b = notebook.call('sources.create', { fields: { title: 'B', url: 'https://b.example/y' } });
    const result = notebook.result('sources.update', { id: b.source.id, patch: { url: 'https://A.example/x/' } });
    expect(result.ok === false && result.error.code).toBe('conflict');
    expect(notebook.call('sources.get', { id: b.source.id }).url).toBe('https://b.example/y');
  });

  it('links and unlinks citations; citing again changes the locator', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', {});
    const { source } = notebook.call('sources.create', { fields: { title: 'Article' } });
    const event = notebook.call('events.create', { caseId, fields: { on: '2026-01', title: 'Apology' } });
    const target = { kind: 'event', id: event.id } as const;
    notebook.call('citations.add', { target, citation: { sourceId: source.id, locator: 'para 1' } });
    notebook.call('citations.add', { target, citation: { sourceId: source.id, locator: 'para 2' } });
    expect(readCaseDocument(notebook.db, caseId).events[0]?.citations).toEqual([
      { sourceId: source.id, locator: 'para 2' },
    ]);
    expect(notebook.call('citations.remove', { target, sourceId: source.id })).toEqual({ removed: true });
    expect(notebook.call('citations.remove', { target, sourceId: source.id })).toEqual({ removed: false });
    const missing = notebook.result('citations.add', { target, citation: { sourceId: 'NO-SUCH-SOURCE' } });
    expect(missing.ok === false && missing.error.code).toBe('not-found');
  });

  it('hides a trashed source and its citations, and brings both back on restore', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', {});
    const { source } = notebook.call('sources.create', { fields: { title: 'Article', url: 'https://a.example/x' } });
    const fact = notebook.call('facts.create', { caseId, fields: { statement: 'Claim' } });
    notebook.call('citations.add', { target: { kind: 'fact', id: fact.id }, citation: { sourceId: source.id } });
    const { trashId } = notebook.call('sources.delete', { id: source.id });
    let document = readCaseDocument(notebook.db, caseId);
    expect(document.facts[0]?.citations).toEqual([]);
    expect(document.sources).toEqual([]);
    notebook.call('trash.restore', { id: trashId });
    document = readCaseDocument(notebook.db, caseId);
    expect(document.facts[0]?.citations).toEqual([{ sourceId: source.id, locator: null }]);
    expect(document.sources.map((s) => s.id)).toEqual([source.id]);
  });

  it('adding a trashed source again brings the trashed one back instead of a duplicate', () => {
    const notebook = tempNotebook();
    const { source } = notebook.call('sources.create', { fields: { title: 'Article', url: 'https://a.example/x' } });
    notebook.call('sources.delete', { id: source.id });
    const again = notebook.call('sources.create', { fields: { title: 'Article', url: 'https://A.EXAMPLE/x' } });
    expect(again).toMatchObject({ merged: true, source: { id: source.id } });
    expect(notebook.call('trash.list', {}).entries).toEqual([]);
  });

  it('lists in the document every cited source once, in order of first citation, the narrative last', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', {});
    const make = (title: string) => notebook.call('sources.create', { fields: { title } }).source.id;
    const [s1, s2, s3, s4] = [make('one'), make('two'), make('three'), make('four')];
    const row = notebook.call('issueRows.create', { caseId });
    const quote = notebook.call('quotes.create', { caseId, fields: { text: 'q' } });
    const event = notebook.call('events.create', { caseId, fields: { on: '2026', title: 'e' } });
    notebook.call('citations.add', { target: { kind: 'quote', id: quote.id }, citation: { sourceId: s3 } });
    notebook.call('citations.add', { target: { kind: 'issueRow', id: row.id }, citation: { sourceId: s2 } });
    notebook.call('citations.add', { target: { kind: 'event', id: event.id }, citation: { sourceId: s2 } });
    notebook.call('citations.add', { target: { kind: 'event', id: event.id }, citation: { sourceId: s1 } });
    notebook.call('narrative.save', {
      caseId,
      narrative: {
        formatVersion: 1,
        text: 'x',
        lexical: {
          root: {
            type: 'root',
            children: [
              {
                type: 'paragraph',
                children: [
                  { type: 'citation', version: 1, sourceId: s4, locator: null },
                  { type: 'citation', version: 1, sourceId: s1, locator: null },
                ],
              },
            ],
          },
        },
      },
    });
    expect(readCaseDocument(notebook.db, caseId).sources.map((s) => s.id)).toEqual([s2, s1, s3, s4]);
  });
});
