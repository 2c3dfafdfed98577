import { useEffect, useRef } from 'react';

export interface TextOnlyViewProps {
  readonly text: string;
  readonly language: string | null;
  readonly onRoot: (root: HTMLElement | null) => void;
  readonly onSelection: (text: string, anchor: { x: number; y: number } | null) => void;
}

/**
 * The snapshot's plain text in the window's own DOM, set as text (never parsed as HTML). The element is
 * filled outside React so find can mark matches in it without React overwriting them.
 */
export function TextOnlyView({ text, language, onRoot, onSelection }: TextOnlyViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.textContent = text;
    onRoot(element);
    return () => onRoot(null);
  }, [text, onRoot]);

  useEffect(() => {
    function onSelectionChange(): void {
      const element = ref.current;
      const selection = document.getSelection();
      if (!element || !selection || selection.rangeCount === 0 || !element.contains(selection.anchorNode)) {
        onSelection('', null);
        return;
      }
      const range = selection.getRangeAt(selection.rangeCount - 1);
      // Test DOMs have no layout: the selection still counts, without a floating bar.
      const rect = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
      const passage = selection.toString().trim();
      onSelection(passage, passage === '' || rect === null ? null : { x: rect.left + rect.width / 2, y: rect.bottom });
    }
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [onSelection]);

  return (
    <div
      ref={ref}
      className="snapshot-text-only"
      lang={language ?? undefined}
      dir="auto"
      tabIndex={0}
      role="document"
      aria-label="Snapshot text"
    />
  );
}
