import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { procedures } from '../../shared/contract/procedures.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';
import { checkedCall } from './check-call.ts';
import { mutated } from './mutations.ts';
import { idsIn, nearValid } from './near-valid.ts';
import { notebookFingerprint } from './notebook-fingerprint.ts';

describe('the fuzzing tools themselves', () => {
  it('the notebook fingerprint changes with any write, including the full-text index, and not with a read', () => {
    const notebook = tempNotebook();
    const empty = notebookFingerprint(notebook.db);
    const created = notebook.call('cases.create', { title: 'Recall' });
    const one = notebookFingerprint(notebook.db);
    expect(one).not.toBe(empty);
    notebook.call('cases.list', {});
    notebook.call('search.query', { query: 'recall' });
    expect(notebookFingerprint(notebook.db)).toBe(one);
    notebook.call('cases.update', { id: created.id, patch: { summary: 'A battery recall' } });
    expect(notebookFingerprint(notebook.db)).not.toBe(one);
  });

  it('a checked call fails the test when a refused write leaves something behind', async () => {
    const notebook = tempNotebook();
    const caseId = notebook.call('cases.create', { title: 'Recall' }).id;
    await expect(checkedCall(notebook.db, 'issueRows.create', { caseId: 'NOPE', fields: {} })).resolves.toMatchObject({
      ok: false,
    });
    // The same refused call, with a write slipped in while it runs, must be caught.
    const sneaky = { caseId: 'NOPE', fields: {} };
    Object.defineProperty(sneaky, 'fields', {
      enumerable: true,
      get: () => {
        notebook.call('lessons.create', { caseId, fields: { text: 'written behind the refusal' } });
        return {};
      },
    });
    await expect(checkedCall(notebook.db, 'issueRows.create', sneaky)).rejects.toThrow(/changed the notebook/);
  });

  it('near-valid requests are mostly refused by the schema, and mutated files differ from the original', () => {
    const valid = {
      caseId: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
      afterId: null,
      fields: { issue: 'Batteries', response: 'Recall' },
    };
    expect(procedures['issueRows.create'].request.safeParse(valid).success).toBe(true);
    const samples = fc.sample(nearValid(valid, idsIn(valid)), { numRuns: 200, seed: 3 });
    const refused = samples.filter((request) => !procedures['issueRows.create'].request.safeParse(request).success);
    expect(refused.length).toBeGreaterThan(100);
    const original = '# Title\n\n| Issue | Response |\n|---|---|\n| a | b |\n';
    const changed = fc.sample(mutated(original), { numRuns: 50, seed: 3 }).filter((text) => text !== original);
    expect(changed.length).toBeGreaterThan(40);
  });
});
