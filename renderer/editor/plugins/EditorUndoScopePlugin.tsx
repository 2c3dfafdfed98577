import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

function isUndoOrRedo(event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
  const key = event.key.toLowerCase();
  return key === 'z' || (key === 'y' && !event.shiftKey);
}

/**
 * Inside the narrative, Ctrl/Cmd+Z and redo are the editor's own history (Lexical handles them on the
 * editable element); the keystroke stops there so the window's structured-edit undo does not also run.
 */
export function EditorUndoScopePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let currentRoot: HTMLElement | null = null;
    function onKeyDown(event: KeyboardEvent): void {
      if (isUndoOrRedo(event)) event.stopPropagation();
    }
    function listen(root: HTMLElement | null, previousRoot: HTMLElement | null): void {
      previousRoot?.removeEventListener('keydown', onKeyDown);
      root?.addEventListener('keydown', onKeyDown);
      currentRoot = root;
    }
    const unregister = editor.registerRootListener(listen);
    return () => {
      unregister();
      listen(null, currentRoot);
    };
  }, [editor]);
  return null;
}
