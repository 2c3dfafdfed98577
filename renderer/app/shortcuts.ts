import { useEffect, useLayoutEffect, useRef } from 'react';
import { isComposing, isRichTextEditor, isTypingTarget, matches } from './keys.ts';
import { SHORTCUTS } from './shortcut-table.ts';
import type { ShortcutAction } from './shortcut-table.ts';
import { isBeingEdited, startTextEditTracking } from './text-edit-tracker.ts';

/**
 * Window-wide shortcuts from SHORTCUTS. Keys pressed while an input method is composing are never
 * shortcuts. Undo and redo are the window's (structured edits) except inside the narrative editor and
 * inside a text field being typed in, where the editor's or the browser's own text undo applies.
 * `run` returns false when the action does not apply now (no case open), leaving the key alone.
 */
export function useGlobalShortcuts(run: (action: ShortcutAction) => boolean): void {
  const current = useRef(run);
  useLayoutEffect(() => {
    current.current = run;
  });
  useEffect(() => {
    const stopTracking = startTextEditTracking();
    function onKeyDown(event: KeyboardEvent): void {
      if (isComposing(event) || event.defaultPrevented) return;
      const target = document.activeElement;
      const shortcut = SHORTCUTS.find((candidate) => candidate.combos.some((combo) => matches(event, combo)));
      if (!shortcut) return;
      if (!shortcut.inTextFields && isTypingTarget(target)) {
        const isUndo = shortcut.action.type === 'undo' || shortcut.action.type === 'redo';
        // A select has no text to undo, and a text field none until it is typed in.
        if (!isUndo || isRichTextEditor(target) || isBeingEdited(target)) return;
      }
      if (current.current(shortcut.action)) event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopTracking();
    };
  }, []);
}
