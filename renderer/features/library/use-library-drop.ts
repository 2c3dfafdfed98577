import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DragEvent } from 'react';

function carriesFiles(event: DragEvent): boolean {
  return [...event.dataTransfer.types].includes('Files');
}

/** Files dragged over the library: a visible drop target while they are over it, and the files on drop. */
export function useLibraryDrop(onFiles: (files: File[]) => void) {
  const [active, setActive] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them so the target does not flicker.
  const depth = useRef(0);
  return {
    active,
    handlers: {
      onDragEnter: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current += 1;
        setActive(true);
      },
      onDragOver: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      },
      onDragLeave: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setActive(false);
      },
      onDrop: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current = 0;
        setActive(false);
        onFiles([...event.dataTransfer.files]);
      },
    },
  };
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'file'].includes(target.type);
}

/**
 * Ctrl/Cmd+V on the library when focus is not in a text field: pasted HTML becomes a source (through the
 * snapshot pipeline), pasted files are added like dropped ones.
 */
export function useLibraryPaste(
  enabled: boolean,
  handlers: { onHtml: (html: string) => void; onFiles: (files: File[]) => void },
): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    function onPaste(event: ClipboardEvent): void {
      if (isTextField(event.target) || isTextField(document.activeElement) || !event.clipboardData) return;
      const files = [...event.clipboardData.files];
      const html = event.clipboardData.getData('text/html');
      if (files.length > 0) {
        event.preventDefault();
        latest.current.onFiles(files);
      } else if (html.trim() !== '') {
        event.preventDefault();
        latest.current.onHtml(html);
      }
    }
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [enabled]);
}
