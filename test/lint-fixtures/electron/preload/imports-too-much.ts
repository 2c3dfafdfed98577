import { contextBridge } from 'electron';
import path from 'node:path'; // error: casebook/layer-imports
import { PROCEDURE_NAMES } from '../../shared/contract/procedures.ts'; // error: casebook/layer-imports
import { type CasebookBridge } from '../../shared/contract/bridge.ts'; // error: casebook/layer-imports, @typescript-eslint/no-import-type-side-effects
export type { NotebookDb } from '../store/database.ts'; // error: casebook/layer-imports

export function expose(bridge: CasebookBridge): void {
  contextBridge.exposeInMainWorld('casebook', { bridge, names: PROCEDURE_NAMES, separator: path.sep });
}
