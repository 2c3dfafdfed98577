import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { activeFilterCount } from './case-filters.ts';
import type { CaseFilters } from './case-filters.ts';
import type { CaseSummary } from '../../../shared/contract/procedures.ts';
import { CaseListItem } from './CaseListItem.tsx';
import { useCasePages } from './use-case-pages.ts';
import './case-list.css';
import { CASE_ROW_HEIGHT } from './case-list-layout.ts';

/** Ask for the next page when fewer than this many loaded rows remain below the viewport. */
const LOAD_AHEAD_ROWS = 20;

export interface CaseListProps {
  readonly filters: CaseFilters;
  readonly selectedId: string | null;
  readonly onOpen: (id: string) => void;
  /** Incremented to move keyboard focus into the list (menu "focus case list"). */
  readonly focusRequest: number;
  /** Cases chosen for comparison, and how one is chosen or unchosen (Ctrl/Cmd+click, Ctrl/Cmd+Enter). */
  readonly marked?: ReadonlySet<string>;
  readonly onToggleMark?: (summary: CaseSummary) => void;
}

export function CaseList({ filters, selectedId, onOpen, focusRequest, marked, onToggleMark }: CaseListProps) {
  const { cases, hasMore, loading, error, loadMore } = useCasePages(filters);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const pendingFocus = useRef(false);

  const virtualizer = useVirtualizer({
    count: cases.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CASE_ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 280, height: 720 },
  });
  const items = virtualizer.getVirtualItems();
  const lastVisible = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && lastVisible >= cases.length - LOAD_AHEAD_ROWS) loadMore();
  }, [hasMore, lastVisible, cases.length, loadMore]);

  // Keep the roving focus on the selected case when it is loaded, and inside the list when it shrinks.
  const selectedIndex = selectedId === null ? -1 : cases.findIndex((summary) => summary.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) setActiveIndex(selectedIndex);
  }, [selectedIndex]);
  const active = Math.min(activeIndex, Math.max(0, cases.length - 1));

  const focusPending = useRef((index: number) => {
    if (!pendingFocus.current) return;
    const button = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] button`);
    if (button) {
      pendingFocus.current = false;
      button.focus();
    }
  });
  useEffect(() => focusPending.current(active));

  function moveTo(index: number): void {
    if (cases.length === 0) return;
    const next = Math.max(0, Math.min(cases.length - 1, index));
    pendingFocus.current = true;
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    // Already rendered (the usual case): focus now; otherwise the effect does once it renders.
    if (next === active) focusPending.current(next);
  }

  const focusActive = useRef(() => moveTo(active));
  focusActive.current = () => moveTo(active);
  useEffect(() => {
    if (focusRequest > 0) focusActive.current();
  }, [focusRequest]);

  function onKeyDown(event: KeyboardEvent): void {
    if (event.nativeEvent.isComposing) return;
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? CASE_ROW_HEIGHT * 10) / CASE_ROW_HEIGHT) - 1,
    );
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: cases.length - 1,
      PageDown: active + page,
      PageUp: active - page,
    };
    const target = moves[event.key];
    if (target === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    moveTo(target);
  }

  return (
    <div className="case-list" ref={scrollRef}>
      {cases.length === 0 && !loading && !error && <p className="case-list-empty">{emptyMessage(filters)}</p>}
      {error && (
        <p className="case-list-empty" role="alert">
          The case list could not be read: {error}
        </p>
      )}
      <div
        role="list"
        aria-label="Cases"
        aria-busy={loading}
        onKeyDown={onKeyDown}
        className="case-list-inner"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const summary = cases[item.index];
          if (!summary) return null;
          return (
            <CaseListItem
              key={summary.id}
              summary={summary}
              index={item.index}
              setSize={hasMore ? -1 : cases.length}
              top={item.start}
              height={CASE_ROW_HEIGHT}
              selected={summary.id === selectedId}
              tabbable={item.index === active}
              onOpen={onOpen}
              onFocus={() => setActiveIndex(item.index)}
              marked={marked?.has(summary.id) ?? false}
              onToggleMark={onToggleMark && (() => onToggleMark(summary))}
            />
          );
        })}
      </div>
    </div>
  );
}

function emptyMessage(filters: CaseFilters): string {
  const query = filters.query.trim();
  const narrowed = activeFilterCount(filters) > 0;
  if (query && narrowed) return `No cases match “${query}” with these filters.`;
  if (query) return `No cases match “${query}”.`;
  if (narrowed) return 'No cases match these filters.';
  return 'No cases yet.';
}
