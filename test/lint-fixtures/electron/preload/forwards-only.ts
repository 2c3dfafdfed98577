import { contextBridge, ipcRenderer } from 'electron';
import type { ProcedureName } from '../../shared/contract/procedures.ts';

export function exposeCall(): void {
  contextBridge.exposeInMainWorld('casebook', {
    call: (name: ProcedureName, request: unknown): Promise<unknown> => ipcRenderer.invoke('casebook:call', name, request),
  });
}
