import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { GroupedResults, SearchHit } from './group-hits.ts';
import { Highlighted } from './Highlighted.tsx';

const ROW_ESTIMATES = { group: 34, kind: 26, hit: 58 } as const;

export interface ResultListProps {
  readonly id: string;
  readonly label: string;
  readonly results: GroupedResults;
  /** The active hit (by hitIndex), -1 for none. */
  readonly active: number;
  readonly optionId: (hitIndex: number) => string;
  readonly onActive: (hitIndex: number) => void;
  readonly onOpen: (hit: SearchHit) => void;
}

/**
 * The hits as a listbox the search box drives (aria-activedescendant), virtualized: case and kind
 * headings are rows of their own, hidden from the listbox's options, which name their group instead.
 */
export function ResultList({ id, label, results, active, optionId, onActive, onOpen }: ResultListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { rows, hitRows } = results;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => ROW_ESTIMATES[rows[index]?.type ?? 'hit'],
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
    initialRect: { width: 380, height: 640 },
  });

  const activeRow = active >= 0 ? hitRows[active] : undefined;
  useEffect(() => {
    if (activeRow !== undefined) virtualizer.scrollToIndex(activeRow, { align: 'auto' });
  }, [activeRow, virtualizer]);

  return (
    <div ref={scrollRef} className="search-results">
      <div
        id={id}
        role="listbox"
        aria-label={label}
        className="search-results-inner"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const style = { transform: `translateY(${item.start}px)` };
          if (row.type !== 'hit')
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                role="presentation"
                aria-hidden="true"
                className={row.type === 'group' ? 'search-row search-group' : 'search-row search-kind'}
                style={style}
              >
                {row.label}
              </div>
            );
          const { hit } = row;
          const isActive = row.hitIndex === active;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              id={optionId(row.hitIndex)}
              role="option"
              aria-selected={isActive}
              className={isActive ? 'search-row search-hit is-active' : 'search-row search-hit'}
              style={style}
              onMouseMove={() => !isActive && onActive(row.hitIndex)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onOpen(hit)}
            >
              <span className="visually-hidden">{row.context}: </span>
              <span className="search-hit-title">
                <span className="search-hit-title-text">{hit.title || 'Untitled'}</span>
                {hit.kind === 'source' && hit.inSnapshot && <span className="badge search-hit-badge">in snapshot</span>}
              </span>
              <Highlighted snippet={hit.snippet} className="search-hit-snippet" />
            </div>
          );
        })}
      </div>
    </div>
  );
}
