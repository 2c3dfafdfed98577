import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  acquireNotebookLock,
  lockPathOf,
  openLockedNotebook,
  processIsRunning,
  type LockDeps,
} from '../../electron/main/notebook-lock.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { tempDir } from '../helpers/temp-notebook.ts';

const here = (pid: number, running: readonly number[] = []): LockDeps => ({
  pid,
  host: 'studio-mac',
  isRunning: (other) => running.includes(other),
  now: () => new Date('2026-11-24T21:05:00Z'),
});

describe('the editing lock of a notebook', () => {
  it('refuses a notebook another running Casebook has open for editing, naming the notebook and that Casebook', () => {
    const path = join(tempDir(), 'Crisis files.casebook');
    const first = openLockedNotebook(openNotebook, here(100, [200]))(path, { create: true });
    try {
      expect(() => openLockedNotebook(openNotebook, here(200, [100]))(path)).toThrow(
        /“Crisis files\.casebook” is open for editing in another Casebook \(process 100 on studio-mac since 2026-11-24T21:05:00\.000Z\)/,
      );
      // Reading stays possible, as the command line's read-only commands do.
      const reader = openLockedNotebook(openNotebook, here(200, [100]))(path, { readonly: true });
      reader.close();
    } finally {
      first.close();
    }
    expect(existsSync(lockPathOf(path))).toBe(false);
    openLockedNotebook(openNotebook, here(200, [100]))(path).close();
  });

  it('takes over a lock left by a Casebook that is no longer running, or a lock file left half-written', () => {
    const path = join(tempDir(), 'Cases.casebook');
    writeFileSync(
      lockPathOf(path),
      JSON.stringify({ app: 'Casebook', pid: 4242, host: 'studio-mac', openedAt: '2026-11-20T10:00:00Z' }),
    );
    const lock = acquireNotebookLock(path, here(300));
    expect(JSON.parse(readFileSync(lockPathOf(path), 'utf8'))).toMatchObject({ pid: 300, host: 'studio-mac' });
    lock.release();
    writeFileSync(lockPathOf(path), '{"app":"Casebo');
    acquireNotebookLock(path, here(301)).release();
    expect(existsSync(lockPathOf(path))).toBe(false);
  });

  it('treats a lock from another computer as held, and says how to clear it if that Casebook is gone', () => {
    const path = join(tempDir(), 'Shared.casebook');
    writeFileSync(lockPathOf(path), JSON.stringify({ app: 'Casebook', pid: 10, host: 'office-pc', openedAt: '' }));
    expect(() => acquireNotebookLock(path, here(11))).toThrow(
      /process 10 on office-pc\).*delete .*Shared\.casebook\.lock/,
    );
  });

  it('releases the lock when the notebook fails to open', () => {
    const path = join(tempDir(), 'Missing.casebook');
    expect(() => openLockedNotebook(openNotebook, here(500))(path)).toThrow(/There is no notebook/);
    expect(existsSync(lockPathOf(path))).toBe(false);
  });

  it('knows this process is running', () => {
    expect(processIsRunning(process.pid)).toBe(true);
  });
});
