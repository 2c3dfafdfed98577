import { spawn } from 'node:child_process';
import path from 'node:path';
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { WRITER_WAIT_MS } from '../../electron/cli/notebook-session.ts';
import { lockPathOf, openLockedNotebook, processIsRunning } from '../../electron/main/notebook-lock.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { caseTitlesIn } from '../helpers/notebook-files.ts';
import { callOk } from '../helpers/temp-notebook.ts';
import { messagesOf, runCasebook, temporaryFolder } from './run-casebook.ts';

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

/** Starts another process that holds the notebook's write lock, and resolves once it holds it. */
function holdWriteLock(db: string, holdMs: number): Promise<{ release(): Promise<void> }> {
  const holder = spawn(process.execPath, [path.join(import.meta.dirname, 'hold-write-lock.ts'), db, String(holdMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => holder.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    holder.on('error', reject);
    holder.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (chunk.includes('locked')) {
        resolve({
          release: async () => {
            holder.kill();
            await exited;
          },
        });
      }
    });
  });
}

it('a writing command waits for another writer, then exits 3 and writes nothing; reading commands still work', async () => {
  const db = folder.file('busy.casebook');
  expect((await runCasebook(['--db', db, 'init'])).code).toBe(0);
  writeFileSync(folder.file('empty.json'), JSON.stringify({ format: 'casebook.notebook/v1', cases: [] }));

  const lock = await holdWriteLock(db, WRITER_WAIT_MS * 4);
  try {
    const listed = await runCasebook(['--db', db, '--json', 'list']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual({ cases: [] });

    const started = Date.now();
    const run = await runCasebook(['--db', db, '--json', 'import', folder.file('empty.json')]);
    const waited = Date.now() - started;
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(messagesOf(run)).toHaveLength(1);
    expect(messagesOf(run)[0]).toMatch(/lock|being written/);
    expect(waited).toBeGreaterThanOrEqual(WRITER_WAIT_MS - 500);
  } finally {
    await lock.release();
  }
}, 60_000);

it('while a running Casebook has the notebook open for editing, the read-only commands work on it', async () => {
  const db = folder.file('open-in-app.casebook');
  // This test process plays the app: the editing lock (held by a live process) and an open connection.
  const app = openLockedNotebook(openNotebook, {
    pid: process.pid,
    host: hostname(),
    isRunning: processIsRunning,
    now: () => new Date(),
  })(db, { create: true });
  try {
    expect(existsSync(lockPathOf(db))).toBe(true);
    const { id } = callOk(app.db, 'cases.create', { title: 'Open in the app' });
    const runs = [
      ['list'],
      ['show', id],
      ['search', 'open'],
      ['export', id, '--format', 'md', '--out', folder.file('case.md')],
      ['backup', '--out', folder.file('copy.casebook')],
      ['check'],
    ];
    for (const args of runs) {
      const run = await runCasebook(['--db', db, '--json', ...args]);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
    }
    expect(caseTitlesIn(folder.file('copy.casebook'))).toEqual(['Open in the app']);
  } finally {
    app.close();
  }
}, 60_000);
