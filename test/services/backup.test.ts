import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupNotebook } from '../../electron/services/backup.ts';
import { readCaseDocument } from '../../electron/services/case-document.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';

describe('backup', () => {
  it('writes a verified copy that opens as a notebook with the same content', async () => {
    const notebook = tempNotebook();
    const { caseId } = notebook.call('notebook.addSample', {});
    const out = join(notebook.dir, 'backup.casebook');
    const result = await backupNotebook(notebook.db, out);
    expect(result).toEqual({ out, bytes: statSync(out).size, integrity: 'ok' });
    const copy = openNotebook(out, { readonly: true });
    try {
      expect(readCaseDocument(copy.db, caseId)).toEqual(readCaseDocument(notebook.db, caseId));
    } finally {
      copy.close();
    }
  });

  it('refuses to overwrite an existing file', async () => {
    const notebook = tempNotebook();
    await expect(backupNotebook(notebook.db, notebook.path)).rejects.toMatchObject({ code: 'conflict' });
    expect(existsSync(notebook.path)).toBe(true);
  });

  it('reports a failure and leaves no file behind when the copy cannot be written', async () => {
    const notebook = tempNotebook();
    const out = join(notebook.dir, 'no-such-folder', 'backup.casebook');
    await expect(backupNotebook(notebook.db, out)).rejects.toMatchObject({ code: 'internal' });
    expect(existsSync(out)).toBe(false);
  });
});
