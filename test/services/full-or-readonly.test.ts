import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../../electron/store/notebook.ts';
import { stopNotebookGrowth } from '../helpers/notebook-files.ts';
import { tempNotebook, withCalls } from '../helpers/temp-notebook.ts';

describe('when the notebook cannot take a write', () => {
  it('a full disk gets a clear message and nothing is written', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Outage review' });
    stopNotebookGrowth(notebook);
    const result = notebook.result('cases.update', {
      id: caseId,
      patch: { summary: 'A long account. '.repeat(20_000) },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('disk-full');
    expect(result.error.message).toMatch(/disk is full.*not saved.*still in the window/);
    expect(notebook.call('cases.get', { id: caseId }).case.summary).toBe('');
  });

  it('a notebook open for reading refuses writes with its own code', () => {
    const writable = tempNotebook();
    writable.call('cases.create', { title: 'Kept safe' });
    const path = join(writable.dir, 'test.casebook');
    const reader = withCalls(openNotebook(path, { readonly: true }), writable.dir);
    try {
      const result = reader.result('cases.create', { title: 'Not allowed' });
      expect(result.ok === false && result.error.code).toBe('notebook-readonly');
      expect(reader.call('notebook.info', {})).toMatchObject({ readonly: true, caseCount: 1 });
    } finally {
      reader.close();
    }
  });
});
