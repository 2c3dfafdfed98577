import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { CasebookError } from '../../shared/contract/result.ts';
import type { OpenNotebook, OpenNotebookOptions } from '../store/notebook.ts';

/** Who holds a notebook open for editing; written next to the notebook as `<notebook>.lock`. */
export interface LockOwner {
  readonly app: 'Casebook';
  readonly pid: number;
  readonly host: string;
  readonly openedAt: string;
}

export interface LockDeps {
  readonly pid: number;
  readonly host: string;
  isRunning(pid: number): boolean;
  now(): Date;
}

export function lockPathOf(notebookPath: string): string {
  return `${notebookPath}.lock`;
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockOwner>;
    if (owner.app !== 'Casebook' || typeof owner.pid !== 'number' || typeof owner.host !== 'string') return null;
    return { app: 'Casebook', pid: owner.pid, host: owner.host, openedAt: String(owner.openedAt ?? '') };
  } catch {
    return null;
  }
}

function heldElsewhere(owner: LockOwner | null, deps: LockDeps): owner is LockOwner {
  if (owner === null) return false; // unreadable: left by a crash mid-write
  if (owner.host !== deps.host) return true; // another computer: its process cannot be checked from here
  return owner.pid !== deps.pid && deps.isRunning(owner.pid);
}

function lockedError(notebookPath: string, owner: LockOwner, lockPath: string): CasebookError {
  const where = owner.host === '' ? '' : ` on ${owner.host}`;
  const since = owner.openedAt === '' ? '' : ` since ${owner.openedAt}`;
  return new CasebookError(
    'notebook-in-use',
    `“${basename(notebookPath)}” is open for editing in another Casebook (process ${owner.pid}${where}${since}). Close it there, then open it here. The command line can still read it. If that Casebook is no longer running, delete ${lockPath}.`,
  );
}

/**
 * Takes the editing lock of a notebook: refused with a message naming the notebook and the other Casebook
 * when another running one holds it; a lock left by a process that is gone is taken over.
 */
export function acquireNotebookLock(notebookPath: string, deps: LockDeps): { release(): void } {
  const lockPath = lockPathOf(notebookPath);
  const mine: LockOwner = { app: 'Casebook', pid: deps.pid, host: deps.host, openedAt: deps.now().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockPath, 'wx');
      try {
        writeSync(fd, JSON.stringify(mine));
      } finally {
        closeSync(fd);
      }
      return {
        release() {
          if (readOwner(lockPath)?.pid === deps.pid) rmSync(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(lockPath);
      if (heldElsewhere(owner, deps)) throw lockedError(notebookPath, owner, lockPath);
      rmSync(lockPath, { force: true });
    }
  }
  throw new CasebookError('notebook-locked', `Casebook could not take the editing lock ${lockPath}; try again.`);
}

/**
 * openNotebook with the editing lock held while the notebook is open for writing. Where the lock file cannot
 * be written (read-only media), the notebook opens as openNotebook decides, without a lock.
 */
export function openLockedNotebook(
  open: (path: string, options?: OpenNotebookOptions) => OpenNotebook,
  deps: LockDeps,
): (path: string, options?: OpenNotebookOptions) => OpenNotebook {
  return (path, options = {}) => {
    if (options.readonly === true) return open(path, options);
    let lock: { release(): void } | null = null;
    try {
      lock = acquireNotebookLock(path, deps);
    } catch (error) {
      if (error instanceof CasebookError) throw error;
      lock = null; // no lock file possible here (read-only folder): openNotebook reports what it finds
    }
    try {
      const notebook = open(path, options);
      const held = lock;
      return {
        ...notebook,
        close() {
          notebook.close();
          held?.release();
        },
      };
    } catch (error) {
      lock?.release();
      throw error;
    }
  };
}

/** Whether a process of this computer is alive (signal 0 checks without signalling; EPERM means it exists). */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
