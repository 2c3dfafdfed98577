import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent, RefObject } from 'react';
import { dropTarget } from './grid-model.ts';
import type { RowBounds } from './grid-model.ts';

export interface RowDrag {
  /** The index of the row being dragged, or null. */
  readonly from: number | null;
  /** The gap the drop indicator marks (0 = above the first row), or null when the drop would change nothing. */
  readonly before: number | null;
  /** Starts a drag from a row's handle. */
  readonly start: (event: ReactPointerEvent<HTMLElement>, from: number) => void;
}

/**
 * Pointer dragging of a grid's rows by their handles: the pointer is followed on the window (so leaving the
 * handle does not end the drag), the gap under it is marked, and releasing calls onDrop(from, to).
 * Escape or a cancelled pointer ends the drag without moving anything.
 */
export function useRowDrag(
  container: RefObject<HTMLElement | null>,
  onDrop: (from: number, to: number) => void,
): RowDrag {
  const [drag, setDrag] = useState<{ readonly from: number; readonly before: number | null } | null>(null);
  const onDropRef = useRef(onDrop);
  useLayoutEffect(() => {
    onDropRef.current = onDrop;
  });
  const from = drag?.from ?? null;

  useEffect(() => {
    if (from === null) return;
    const dragged = from;
    let target: { before: number; to: number } | null = null;
    function bounds(): RowBounds[] {
      const rows = container.current?.querySelectorAll<HTMLElement>('[role="row"][data-row-id]') ?? [];
      return Array.from(rows, (row) => {
        const rect = row.getBoundingClientRect();
        return { top: rect.top, bottom: rect.bottom };
      });
    }
    function onMove(event: PointerEvent): void {
      target = dropTarget(bounds(), dragged, event.clientY);
      setDrag({ from: dragged, before: target?.before ?? null });
    }
    function finish(): void {
      setDrag(null);
    }
    function onUp(event: PointerEvent): void {
      onMove(event);
      finish();
      if (target) onDropRef.current(dragged, target.to);
    }
    function onKey(event: KeyboardEvent): void {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      target = null;
      finish();
    }
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', finish);
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', finish);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [from, container]);

  return {
    from,
    before: drag?.before ?? null,
    start(event, index) {
      if (event.button !== 0) return;
      event.preventDefault();
      setDrag({ from: index, before: null });
    },
  };
}
