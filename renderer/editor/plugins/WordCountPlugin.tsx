import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import { countWords } from '../word-count.ts';

const RECOUNT_DELAY_MS = 500;

type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Counts words off the typing path: at most every half second while typing, when the browser is idle.
 * The root's text is the editor's cached text (no tree walk); counting 25,000 words takes a few ms.
 */
export function WordCountPlugin({ onCount }: { onCount: (count: number) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const idle = window as IdleWindow;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let idleHandle: number | null = null;
    const count = () => {
      idleHandle = null;
      onCount(countWords(editor.getEditorState().read(() => $getRoot().getTextContent())));
    };
    const scheduleCount = () => {
      timer = null;
      if (idle.requestIdleCallback) idleHandle = idle.requestIdleCallback(count, { timeout: 1_000 });
      else count();
    };
    count();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (timer !== null || idleHandle !== null || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
      timer = setTimeout(scheduleCount, RECOUNT_DELAY_MS);
    });
    return () => {
      unregister();
      if (timer !== null) clearTimeout(timer);
      if (idleHandle !== null) idle.cancelIdleCallback?.(idleHandle);
    };
  }, [editor, onCount]);
  return null;
}
