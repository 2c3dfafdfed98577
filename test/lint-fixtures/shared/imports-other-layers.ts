import { ipcRenderer } from 'electron'; // error: casebook/layer-imports
import '../electron/store/database.ts'; // error: casebook/layer-imports
export * from '../renderer/api.ts'; // error: casebook/layer-imports
import type { Statement } from 'better-sqlite3'; // error: casebook/layer-imports

export type Handle = Statement;
export const send = ipcRenderer.send.bind(ipcRenderer);
