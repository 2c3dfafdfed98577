import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CommandContext } from './command-context.ts';
import { badInput } from './errors.ts';

/**
 * The absolute path for an --out argument, refused (exit 1) when its folder is missing, when it names a
 * folder, or when it is the notebook itself.
 */
export function resolveOutputPath(given: string, context: CommandContext): string {
  const out = path.resolve(context.cwd, given);
  if (isSameFile(out, context.dbPath) || [`${context.dbPath}-wal`, `${context.dbPath}-shm`].includes(out)) {
    throw badInput(`${given}: is the notebook itself; choose another file`);
  }
  const folder = path.dirname(out);
  if (!isFolder(folder)) throw badInput(`${given}: folder ${folder} does not exist`);
  if (isFolder(out)) throw badInput(`${given}: is a folder; give a file name`);
  return out;
}

/** Writes through a temporary file and a rename, so a failure never leaves a half-written file. Returns the byte count. */
export function writeFileAtomically(given: string, out: string, content: string | Uint8Array): number {
  const temporary = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    renameSync(temporary, out);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = (error as { code?: unknown }).code === 'EACCES' ? 'permission denied' : error instanceof Error ? error.message : String(error);
    throw badInput(`${given}: cannot be written (${reason})`);
  }
  return Buffer.byteLength(content, 'utf8');
}

function isFolder(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}

function isSameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const first = statSync(a);
    const second = statSync(b);
    return first.ino === second.ino && first.dev === second.dev;
  } catch {
    return false;
  }
}
