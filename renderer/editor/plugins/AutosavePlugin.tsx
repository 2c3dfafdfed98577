import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { NARRATIVE_FORMAT_VERSION } from '../../../shared/domain/case-document.ts';
import { mutate } from '../../api.ts';
import { useDebouncedEdit } from '../../debounced-edit.ts';
import { narrativePlainText } from '../narrative-text.ts';
import { rememberNarrative } from '../narrative-memory.ts';

/**
 * Saves the narrative about 600 ms after the last change, on a flush request (window closing) and when
 * the editor goes away. The typing path only restarts a timer: the state is serialized when the timer
 * fires, never per keystroke. A failed save leaves the text in the editor; the next change or flush
 * writes it again (the page's save status shows the error meanwhile).
 */
export function AutosavePlugin({ caseId }: { caseId: string }): null {
  const [editor] = useLexicalComposerContext();
  const debounced = useDebouncedEdit();
  useEffect(() => {
    function commit(): void {
      const lexical = editor.getEditorState().toJSON();
      rememberNarrative(caseId, lexical);
      const narrative = {
        formatVersion: NARRATIVE_FORMAT_VERSION,
        lexical: lexical as unknown as Record<string, unknown>,
        text: narrativePlainText(lexical),
      };
      mutate('narrative.save', { caseId, narrative }).catch(() => undefined);
    }
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      // Selection moves and focus changes dirty nothing: nothing to save.
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) debounced.schedule(commit);
    });
  }, [editor, caseId, debounced]);
  return null;
}
