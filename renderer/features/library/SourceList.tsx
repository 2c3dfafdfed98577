import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { SourceSummary } from '../../../shared/contract/procedures.ts';
import { SourceListRow } from './SourceListRow.tsx';

/** The height of one source in the list (px): title, byline, marks. Every row has it (virtualized). */
export const SOURCE_ROW_HEIGHT = 78;
/** Ask for the next page when fewer than this many loaded rows remain below the viewport. */
const LOAD_AHEAD_ROWS = 20;

export interface SourceListProps {
  readonly sources: readonly SourceSummary[];
  readonly hasMore: boolean;
  readonly loading: boolean;
  readonly loadMore: () => void;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}

/** The library's sources, virtualized: only the rows on screen are in the DOM. */
export function SourceList({ sources, hasMore, loading, loadMore, selectedId, onSelect }: SourceListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const pendingFocus = useRef(false);

  const virtualizer = useVirtualizer({
    count: sources.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => SOURCE_ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 360, height: 720 },
  });
  const items = virtualizer.getVirtualItems();
  const lastVisible = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && lastVisible >= sources.length - LOAD_AHEAD_ROWS) loadMore();
  }, [hasMore, lastVisible, sources.length, loadMore]);

  const selectedIndex = selectedId === null ? -1 : sources.findIndex((source) => source.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) setActiveIndex(selectedIndex);
  }, [selectedIndex]);
  const active = Math.min(activeIndex, Math.max(0, sources.length - 1));

  useEffect(() => {
    if (!pendingFocus.current) return;
    const button = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${active}"] button`);
    if (button) {
      pendingFocus.current = false;
      button.focus();
    }
  });

  function onKeyDown(event: KeyboardEvent): void {
    if (event.nativeEvent.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? SOURCE_ROW_HEIGHT * 10) / SOURCE_ROW_HEIGHT) - 1,
    );
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: sources.length - 1,
      PageDown: active + page,
      PageUp: active - page,
    };
    const target = moves[event.key];
    if (target === undefined || sources.length === 0) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(sources.length - 1, target));
    pendingFocus.current = true;
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  return (
    <div className="library-list" ref={scrollRef}>
      <div
        role="list"
        aria-label="Sources"
        aria-busy={loading}
        onKeyDown={onKeyDown}
        className="library-list-inner"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const source = sources[item.index];
          if (!source) return null;
          return (
            <SourceListRow
              key={source.id}
              source={source}
              index={item.index}
              setSize={hasMore ? -1 : sources.length}
              top={item.start}
              height={SOURCE_ROW_HEIGHT}
              selected={source.id === selectedId}
              tabbable={item.index === active}
              onSelect={onSelect}
              onFocus={() => setActiveIndex(item.index)}
            />
          );
        })}
      </div>
    </div>
  );
}
