import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Where a notebook's automatic backups go: `<userData>/Backups/<notebook name>-<hash of its path>`, so two
 * notebooks with the same name never share a folder, and a notebook on read-only media still gets backups.
 */
export function backupFolderFor(notebookPath: string, userData: string): string {
  const resolved = path.resolve(notebookPath);
  const name =
    path
      .basename(resolved)
      .replace(/\.casebook$/i, '')
      .replace(/[^\p{L}\p{N}._ -]/gu, '_')
      .slice(0, 60) || 'notebook';
  const hash = createHash('sha256').update(resolved).digest('hex').slice(0, 10);
  return path.join(userData, 'Backups', `${name}-${hash}`);
}
