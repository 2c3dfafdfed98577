import { useEffect, useLayoutEffect, useRef } from 'react';

export interface ShortcutHandlers {
  readonly newCase: () => void;
  readonly focusCaseList: () => void;
  readonly focusFilter: () => void;
}

/**
 * Window-wide shortcuts: Mod+N new case, Mod+Shift+L case list, Mod+Shift+F filter box. Keys pressed
 * while an input method is composing are never shortcuts.
 */
export function useGlobalShortcuts(handlers: ShortcutHandlers): void {
  const current = useRef(handlers);
  useLayoutEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.isComposing || event.keyCode === 229 || event.defaultPrevented) return;
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'n' && !event.shiftKey) {
        event.preventDefault();
        current.current.newCase();
      } else if (key === 'l' && event.shiftKey) {
        event.preventDefault();
        current.current.focusCaseList();
      } else if (key === 'f' && event.shiftKey) {
        event.preventDefault();
        current.current.focusFilter();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
