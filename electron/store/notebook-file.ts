import type { NotebookDb } from './database.ts';

const notebookFiles = new WeakMap<NotebookDb, string>();

/** Remembers the notebook file a connection stands for, when it reads another file (a private read-only copy). */
export function rememberNotebookFile(db: NotebookDb, notebookPath: string): void {
  notebookFiles.set(db, notebookPath);
}

/**
 * The notebook file the person opened: what the window shows, where its backups are kept and where copies
 * go beside it. Usually the file SQLite reads; for a notebook on read-only media, not (see read-only-copy.ts).
 */
export function notebookFileOf(db: NotebookDb): string {
  return notebookFiles.get(db) ?? db.name;
}
