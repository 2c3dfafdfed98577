import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import type { ProcedureName, RequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { tamperWithSnapshot } from '../services/snapshots/tamper.ts';
import { runCasebook, temporaryFolder } from './run-casebook.ts';

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

const PAGE = `<html><head><title>Maker apologises</title></head><body><article><p>${'The maker apologised. '.repeat(30)}</p></article></body></html>`;

describe('casebook check --json', () => {
  it('reports sources without a snapshot and snapshots that no longer match, as the window does', async () => {
    const db = folder.file('notebook.casebook');
    const notebook = openNotebook(db, { create: true });
    let expected: unknown;
    let bare = '';
    let tampered = '';
    try {
      const call = <P extends ProcedureName>(procedure: P, request: RequestOf<P>): ResponseOf<P> => {
        const result = dispatch(notebook.db, procedure, request);
        if (!result.ok) throw new Error(result.error.message);
        return result.value as ResponseOf<P>;
      };
      bare = call('sources.create', { fields: { title: 'Weibo post by @XiaomiPR' } }).source.id;
      tampered = call('sources.addFromHtml', { html: PAGE, url: 'https://news.example.com/apology' }).source.id;
      tamperWithSnapshot(notebook.db, tampered, '<article><p>Changed.</p></article>');
      expected = call('evidence.check', {}).problems;
    } finally {
      notebook.close();
    }

    const run = await runCasebook(['--db', db, '--json', 'check']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { integrity: string; problems: unknown[] };
    expect(report.integrity).toBe('ok');
    expect(report.problems).toEqual(expected);
    expect(report.problems).toEqual([
      expect.objectContaining({
        kind: 'no-snapshot',
        itemKind: 'source',
        itemId: bare,
        message: 'The source “Weibo post by @XiaomiPR” has no snapshot: capture it or save the page.',
      }),
      expect.objectContaining({ kind: 'snapshot-mismatch', itemKind: 'source', itemId: tampered, caseId: null }),
    ]);
  });
});
