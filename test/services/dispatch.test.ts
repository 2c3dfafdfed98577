import { describe, expect, it } from 'vitest';
import { PROCEDURE_NAMES, procedures } from '../../shared/contract/procedures.ts';
import { MAX_NARRATIVE_BYTES, MAX_TEXT_BYTES } from '../../shared/domain/text-limits.ts';
import { dispatch, handlers } from '../../electron/services/dispatch.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { readCaseDocument } from '../../electron/services/case-document.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';

describe('dispatch', () => {
  it('has a handler for every procedure of the contract and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...PROCEDURE_NAMES].sort());
  });

  it('answers an unknown procedure with unknown-procedure, including inherited object keys', () => {
    const notebook = tempNotebook();
    for (const name of ['cases.drop', 'toString', '__proto__', 42, null]) {
      const result = notebook.result(name, {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('unknown-procedure');
    }
  });

  it('names the wrong field of an invalid request and writes nothing', () => {
    const notebook = tempNotebook();
    const created = notebook.call('cases.create', { title: 'Original' });
    const cases = [
      ['cases.update', { id: created.id, patch: { title: '' } }, /^patch\.title: must not be empty/],
      ['cases.update', { id: created.id, patch: { status: 'published' } }, /^patch\.status:/],
      ['issueRows.create', { fields: {} }, /^caseId:/],
      ['events.create', { caseId: created.id, fields: { on: '2026-02-30', title: 'x' } }, /^fields\.on: is not a date/],
      ['cases.update', { id: created.id, patch: { title: 42 } }, /^patch\.title:/],
      ['cases.update', { id: created.id, patch: { nonsense: true } }, /nonsense/],
    ] as const;
    for (const [procedure, request, message] of cases) {
      const result = notebook.result(procedure, request);
      expect(result.ok, procedure).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-request');
        expect(result.error.message).toMatch(message);
      }
    }
    expect(readCaseDocument(notebook.db, created.id).case.title).toBe('Original');
  });

  it('calls a text field over 1 MB and a narrative over 20 MB too large, and writes nothing', () => {
    const notebook = tempNotebook();
    const created = notebook.call('cases.create', { title: 'Sizes' });
    const tooLongSummary = notebook.result('cases.update', {
      id: created.id,
      patch: { summary: 'x'.repeat(MAX_TEXT_BYTES + 1) },
    });
    expect(tooLongSummary.ok === false && tooLongSummary.error.code).toBe('too-large');
    expect(tooLongSummary.ok === false && tooLongSummary.error.message).toMatch(/^patch\.summary: is longer than/);
    const tooLongNarrative = notebook.result('narrative.save', {
      caseId: created.id,
      narrative: { formatVersion: 1, lexical: null, text: 'x'.repeat(MAX_NARRATIVE_BYTES + 1) },
    });
    expect(tooLongNarrative.ok === false && tooLongNarrative.error.code).toBe('too-large');
    const document = readCaseDocument(notebook.db, created.id);
    expect(document.case.summary).toBe('');
    expect(document.narrative.text).toBe('');
  });

  it('rolls back everything a failing write did before it failed', () => {
    const notebook = tempNotebook();
    const created = notebook.call('cases.create', { title: 'Atomic' });
    // The bundle's second case refers to an actor it does not have: the first case must not stay behind.
    const good = readCaseDocument(notebook.db, created.id);
    const result = notebook.result('bundles.import', {
      document: {
        format: 'casebook.notebook/v1',
        cases: [
          { ...good, case: { ...good.case, id: 'IMPORTED1', slug: 'imported-one' } },
          {
            ...good,
            case: { ...good.case, id: 'IMPORTED2', slug: 'imported-two' },
            issueRows: [{ id: 'R1', actorId: 'NOBODY' }],
          },
        ],
      },
    });
    expect(result.ok).toBe(false);
    expect(notebook.call('cases.list', {}).cases.map((c) => c.id)).toEqual([created.id]);
  });

  it('answers a write on a read-only notebook with a coded error, never a throw', () => {
    const writer = tempNotebook();
    const reader = openNotebook(writer.path, { readonly: true });
    try {
      const result = dispatch(reader.db, 'cases.create', { title: 'x' });
      expect(result.ok === false && result.error.code).toBe('notebook-readonly');
      expect(result.ok === false && result.error.message).toMatch(/read-only/);
    } finally {
      reader.close();
    }
    expect(writer.call('cases.list', {}).cases).toEqual([]);
  });

  it('returns values that satisfy the contract’s response schemas', () => {
    const notebook = tempNotebook();
    const { caseId } = notebook.call('notebook.addSample', {});
    const document = notebook.call('cases.get', { id: caseId });
    const rowId = document.issueRows[0]?.id ?? '';
    const calls: [keyof typeof procedures, unknown][] = [
      ['notebook.info', {}],
      ['cases.list', {}],
      ['cases.get', { id: caseId }],
      ['bundles.exportCase', { id: caseId }],
      ['sources.list', {}],
      ['search.query', { query: 'apology' }],
      ['evidence.check', {}],
      ['trash.list', {}],
      ['issueRows.update', { id: rowId, patch: { impact: 'Changed' } }],
      ['issueRows.create', { caseId, fields: {} }],
    ];
    for (const [name, request] of calls) {
      const result = notebook.result(name, request);
      expect(result.ok, name).toBe(true);
      if (result.ok) expect(procedures[name].response.safeParse(result.value).success, name).toBe(true);
    }
  });
});
