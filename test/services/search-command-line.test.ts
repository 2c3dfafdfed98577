import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchNotebook } from '../../electron/services/search.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { runCasebook } from '../cli/run-casebook.ts';
import { tempDir, withCalls } from '../helpers/temp-notebook.ts';

function sampleNotebook(): string {
  const path = join(tempDir(), 'cli.casebook');
  const notebook = withCalls(openNotebook(path, { create: true }), '');
  notebook.call('notebook.addSample', {});
  notebook.call('cases.create', { title: '小米公关危机' });
  notebook.close();
  return path;
}

describe('casebook search', () => {
  it('prints the same hits as the search procedure, with the same syntax', async () => {
    const path = sampleNotebook();
    const query = '"black PR" -zeppelin in:event,case';
    const run = await runCasebook(['--db', path, '--json', 'search', query]);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { hits: unknown[]; truncated: boolean; warnings: string[] };
    const notebook = openNotebook(path, { readonly: true });
    try {
      expect(printed).toEqual(searchNotebook(notebook.db, query, { limit: 200 }));
    } finally {
      notebook.close();
    }
    expect(printed.hits.length).toBeGreaterThan(0);
  });

  it('finds Chinese by two characters and prints warnings on stderr, not in the hits', async () => {
    const path = sampleNotebook();
    const run = await runCasebook(['--db', path, 'search', '公关 colour:red']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('小米«公关»危机');
    expect(run.stderr).toMatch(/casebook: There is no filter called colour:/);
  });
});
