import Database from 'better-sqlite3'; // error: casebook/layer-imports
import { ipcRenderer } from 'electron'; // error: casebook/layer-imports
import '../../electron/services/notebook-location.ts'; // error: casebook/layer-imports
export type { NotebookDb } from '../../electron/store/database.ts'; // error: casebook/layer-imports

export function open(file: string): Database.Database {
  ipcRenderer.send('opening', file);
  return new Database(file);
}
