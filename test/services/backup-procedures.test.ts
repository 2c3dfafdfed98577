import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchAsync } from '../../electron/services/dispatch.ts';
import { createPreparers } from '../../electron/services/preparers.ts';
import { caseTitlesIn } from '../helpers/notebook-files.ts';
import { tempDir, tempNotebook } from '../helpers/temp-notebook.ts';

describe('backups through the contract', () => {
  it('backs up on request, lists the backups, and copies one beside the notebook without touching either', async () => {
    const notebook = tempNotebook();
    notebook.call('cases.create', { title: 'Before the mistake' });
    const userData = tempDir();
    const preparers = createPreparers({}, { userData });
    const call = async (procedure: string, request: unknown) => {
      const result = await dispatchAsync(notebook.db, procedure, request, preparers);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as Record<string, unknown>;
    };
    expect(await call('backups.list', {})).toMatchObject({ backups: [] });
    const made = await call('backups.create', {});
    expect(made).toMatchObject({ reason: 'manual' });
    notebook.call('cases.create', { title: 'After the mistake' });
    const { backups, folder } = (await call('backups.list', {})) as { backups: { name: string }[]; folder: string };
    expect(backups.map((backup) => backup.name)).toEqual([made['name']]);
    expect(folder.startsWith(join(userData, 'Backups'))).toBe(true);

    const { path } = (await call('backups.copyForRestore', { name: made['name'] })) as { path: string };
    expect(path).toBe(join(notebook.dir, `test (backup of ${String(made['name']).slice(0, 10)}).casebook`));
    expect(caseTitlesIn(path)).toEqual(['Before the mistake']);
    const again = (await call('backups.copyForRestore', { name: made['name'] })) as { path: string };
    expect(again.path).toMatch(/\(backup of [\d-]+\) 2\.casebook$/);
    expect(caseTitlesIn(join(notebook.dir, 'test.casebook'))).toEqual(['After the mistake', 'Before the mistake']);
  });

  it('refuses names that are not backups, and a backup that fails its check', async () => {
    const notebook = tempNotebook();
    const userData = tempDir();
    const preparers = createPreparers({}, { userData });
    const traversal = await dispatchAsync(
      notebook.db,
      'backups.copyForRestore',
      { name: '../../test.casebook' },
      preparers,
    );
    expect(traversal.ok === false && traversal.error.code).toBe('invalid-request');
    const made = await dispatchAsync(notebook.db, 'backups.create', {}, preparers);
    const list = await dispatchAsync(notebook.db, 'backups.list', {}, preparers);
    const { folder } = (list.ok ? list.value : {}) as { folder: string };
    const name = (made.ok ? made.value : {}) as { name: string };
    writeFileSync(join(folder, name.name), 'not a database any more');
    const damaged = await dispatchAsync(notebook.db, 'backups.copyForRestore', { name: name.name }, preparers);
    expect(damaged.ok).toBe(false);
    expect(existsSync(join(notebook.dir, `test (backup of ${name.name.slice(0, 10)}).casebook`))).toBe(false);
  });

  it('says there are no backups where the app keeps none', async () => {
    const notebook = tempNotebook();
    const result = await dispatchAsync(notebook.db, 'backups.list', {}, createPreparers());
    expect(result.ok === false && result.error.message).toMatch(/keeps no automatic backups/);
  });
});
