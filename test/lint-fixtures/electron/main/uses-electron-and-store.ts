import { app } from 'electron';
import path from 'node:path';
import type { NotebookDb } from '../store/database.ts';

export function userDataFile(name: string): string {
  return path.join(app.getPath('userData'), name);
}

export function closeOnQuit(db: NotebookDb): void {
  app.on('will-quit', () => db.close());
}
