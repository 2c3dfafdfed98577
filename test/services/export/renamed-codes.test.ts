import { describe, expect, it } from 'vitest';
import { casesToCsv } from '../../../electron/services/export/csv.ts';
import { withRenamedCodeLabels } from '../../../electron/services/export/renamed-codes.ts';
import { tempNotebook } from '../../helpers/temp-notebook.ts';

describe('exports and the codes a notebook renamed', () => {
  it('show the notebook’s own label for a renamed built-in code, in every format, and bundles stay unchanged', () => {
    const notebook = tempNotebook();
    const caseId = notebook.call('cases.create', { title: 'Xiaomi KOL' }).id;
    notebook.call('issueRows.create', { caseId, fields: { issue: 'Black PR', strategy: 'apology', benoit: 'mortification' } });
    notebook.call('codebook.saveCode', {
      kind: 'scct-strategy',
      id: 'apology',
      label: 'Full public apology',
      definition: 'Accept responsibility and ask forgiveness.',
    });

    const markdown = notebook.call('cases.export', { id: caseId, format: 'markdown' }).text;
    expect(markdown).toContain('SCCT: Full public apology');
    expect(markdown).not.toContain('SCCT: Apology');
    expect(markdown).toContain('Benoit: Mortification'); // not renamed: the built-in label
    const html = notebook.call('cases.export', { id: caseId, format: 'html' }).text;
    expect(html).toContain('Full public apology');

    const document = withRenamedCodeLabels(notebook.db)(notebook.call('cases.get', { id: caseId }));
    expect(casesToCsv([document])['codings.csv']).toContain('Full public apology');
    expect(notebook.call('bundles.exportCase', { id: caseId }).codebook).toEqual([]);
  });
});
