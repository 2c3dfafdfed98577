import { createContext, useContext } from 'react';

/** Whether the open notebook is read-only (read-only media, or a file marked read-only). */
export const NotebookReadonlyContext = createContext(false);

export function useNotebookReadonly(): boolean {
  return useContext(NotebookReadonlyContext);
}
