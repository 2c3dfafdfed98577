import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const COPY_NAME = / \(backup of \d{4}-\d{2}-\d{2}\)(?: \d+)?\.casebook$/;

/**
 * Whether a path the window asks to open is a copy backups.copyForRestore made: a file named
 * "<notebook> (backup of YYYY-MM-DD).casebook" beside the open notebook or in the app's Restored folder.
 * The window never gets to open any other file this way.
 */
export function isRestoredBackupCopy(candidate: string, openNotebookPath: string | null, userData: string): boolean {
  if (!path.isAbsolute(candidate)) return false;
  const resolved = path.resolve(candidate);
  if (resolved !== candidate || !COPY_NAME.test(path.basename(resolved))) return false;
  const folders = [path.join(userData, 'Restored')];
  if (openNotebookPath !== null) folders.push(path.dirname(path.resolve(openNotebookPath)));
  if (!folders.includes(path.dirname(resolved))) return false;
  return existsSync(resolved) && statSync(resolved).isFile();
}
