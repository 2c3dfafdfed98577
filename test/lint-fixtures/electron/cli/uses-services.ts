import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultNotebookPath } from '../services/notebook-location.ts';

export async function readBundle(file: string): Promise<string> {
  return readFile(path.resolve(file), 'utf8');
}

export function notebookFolder(homedir: string): string {
  return path.dirname(defaultNotebookPath('linux', {}, homedir));
}
