import { createContext, useContext } from 'react';

/** What the editor's plugins need from the page around them. */
export interface NarrativeEditorContextValue {
  readonly caseId: string;
  /** Tells the person something about their last action (a refused link, an image too large…). */
  readonly notify: (message: string) => void;
}

export const NarrativeEditorContext = createContext<NarrativeEditorContextValue>({
  caseId: '',
  notify: () => undefined,
});

export function useNarrativeEditorContext(): NarrativeEditorContextValue {
  return useContext(NarrativeEditorContext);
}
