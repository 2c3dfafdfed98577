import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A folder that behaves as a real disk of some kind, and how to give it back. */
export interface MountedFolder {
  readonly dir: string;
  /** How the folder was made (printed by the tests, so a reader knows what was exercised). */
  readonly how: string;
  release(): void;
}

export type Unavailable = { readonly unavailable: string };

function mountFailure(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
  return stderr || (error instanceof Error ? error.message : String(error));
}

function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' });
  } catch {
    execFileSync('umount', ['-l', dir], { stdio: 'pipe' }); // a file still open: detach now, free when closed
  }
  rmSync(dir, { recursive: true, force: true });
}

const isRoot = (): boolean => process.getuid?.() === 0;

/**
 * A read-only view of `source`, as a CD or a write-protected stick is: a read-only bind mount (needs root),
 * else — for a user the kernel holds to file modes — the folder and its files made unwritable.
 */
export function readOnlyView(source: string): MountedFolder | Unavailable {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-read-only-media-'));
  try {
    execFileSync('mount', ['--bind', source, dir], { stdio: 'pipe' });
    try {
      execFileSync('mount', ['-o', 'remount,bind,ro', dir], { stdio: 'pipe' });
    } catch (error) {
      unmount(dir);
      return { unavailable: `the bind mount could not be made read-only: ${mountFailure(error)}` };
    }
    return { dir, how: 'a read-only bind mount', release: () => unmount(dir) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    if (isRoot()) return { unavailable: `root ignores file modes and could not mount: ${mountFailure(error)}` };
  }
  const files = readdirSync(source).map((name) => join(source, name));
  for (const file of files) chmodSync(file, 0o444);
  chmodSync(source, 0o555);
  return {
    dir: source,
    how: 'a folder and files without write permission',
    release() {
      chmodSync(source, 0o755);
      for (const file of files) chmodSync(file, 0o644);
    },
  };
}

/** A real file system of `bytes` (tmpfs, needs root), for a disk that fills up. */
export function smallDisk(bytes: number): MountedFolder | Unavailable {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0755`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { unavailable: `no small file system could be mounted: ${mountFailure(error)}` };
  }
  return { dir, how: `a ${Math.round(bytes / 1024)} KB tmpfs`, release: () => unmount(dir) };
}

export function isUnavailable(folder: MountedFolder | Unavailable): folder is Unavailable {
  return 'unavailable' in folder;
}

/** Fills the disk holding `dir` to the last byte; returns how to free the space again. */
export function fillDisk(dir: string): () => void {
  const filler = join(dir, 'filler.bin');
  const fd = openSync(filler, 'w');
  try {
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = Buffer.alloc(size, 0x2e);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
  return () => rmSync(filler, { force: true });
}
