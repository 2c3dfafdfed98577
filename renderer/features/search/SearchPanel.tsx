import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import type { AppEventDetails } from '../../app-events.ts';
import { SnapshotViewer } from '../snapshot/SnapshotViewer.tsx';
import { groupHits } from './group-hits.ts';
import type { SearchHit } from './group-hits.ts';
import { ResultList } from './ResultList.tsx';
import { searchStatus } from './search-status.ts';
import { firstMatchedTerm } from './snippet.ts';
import { SyntaxHelp } from './SyntaxHelp.tsx';
import { useSearch } from './use-search.ts';
import './search.css';

export const NOTEBOOK_SEARCH_LIMIT = 100;

export interface SearchPanelProps {
  /** Each change puts the caret in the search box (Ctrl/Cmd+Shift+F while the panel is open). */
  readonly focusRequest: number;
  readonly onClose: () => void;
  /** Opens a case's item (the case first when another is on screen). */
  readonly onOpenItem: (item: AppEventDetails['casebook:open-item']) => void;
  /** Shows the source in the library. */
  readonly onOpenSource: (sourceId: string) => void;
}

/**
 * Ctrl/Cmd+Shift+F: one search box over the whole notebook, results as you type grouped by case and
 * kind. Arrows move through the hits, Enter opens one, Escape closes the panel and gives focus back.
 */
export function SearchPanel({ focusRequest, onClose, onOpenItem, onOpenSource }: SearchPanelProps) {
  const [query, setQuery] = useState('');
  const search = useSearch(query, { limit: NOTEBOOK_SEARCH_LIMIT });
  const results = useMemo(() => groupHits(search.hits), [search.hits]);
  const [active, setActive] = useState({ query: '', index: 0 });
  const activeIndex = active.query === search.query ? Math.min(active.index, search.hits.length - 1) : 0;
  const hitCount = results.hitRows.length;
  const [snapshot, setSnapshot] = useState<{ sourceId: string; find: string } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const listId = useId();
  const optionId = (hitIndex: number) => `${listId}-hit-${hitIndex}`;

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);

  function hitAt(index: number): SearchHit | undefined {
    const row = results.rows[results.hitRows[index] ?? -1];
    return row?.type === 'hit' ? row.hit : undefined;
  }

  function open(hit: SearchHit): void {
    if (hit.kind === 'source' || hit.caseId === null) {
      onOpenSource(hit.id);
      if (hit.inSnapshot) setSnapshot({ sourceId: hit.id, find: firstMatchedTerm(hit.snippet) ?? search.query });
      return;
    }
    const itemId = hit.kind === 'case' || hit.kind === 'narrative' ? null : hit.id;
    onOpenItem({ caseId: hit.caseId, kind: hit.kind, itemId });
  }

  function close(): void {
    const target = returnFocus.current;
    onClose();
    if (target?.isConnected) target.focus();
  }

  function onInputKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + 8,
      PageUp: activeIndex - 8,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      if (hitCount === 0) return;
      const index = event.key.startsWith('Arrow')
        ? (target + hitCount) % hitCount
        : Math.max(0, Math.min(hitCount - 1, target));
      setActive({ query: search.query, index });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hitAt(activeIndex);
      if (hit) open(hit);
    }
  }

  function onPanelKeyDown(event: KeyboardEvent<HTMLElement>): void {
    if (event.key !== 'Escape' || event.nativeEvent.isComposing || event.defaultPrevented) return;
    event.preventDefault();
    close();
  }

  // Remember where focus came from, to give it back on Escape.
  function onFocusCapture(event: FocusEvent<HTMLElement>): void {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !event.currentTarget.contains(from)) returnFocus.current = from;
  }

  const status = searchStatus(search, hitCount);
  const activeHit = hitCount > 0 ? activeIndex : -1;
  return (
    <section
      className="search-panel"
      aria-label="Notebook search"
      onKeyDown={onPanelKeyDown}
      onFocusCapture={onFocusCapture}
    >
      <header className="search-header">
        <h2 className="search-heading">Search</h2>
        <button type="button" className="button button-quiet button-small" onClick={close}>
          Close
        </button>
      </header>
      <div className="search-box" role="search">
        <input
          ref={inputRef}
          type="text"
          className="input search-input"
          role="combobox"
          aria-label="Search the notebook"
          aria-expanded={hitCount > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeHit >= 0 ? optionId(activeHit) : undefined}
          aria-describedby={`${listId}-status`}
          autoComplete="off"
          spellCheck={false}
          placeholder="Search cases, items and sources"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onInputKeyDown}
        />
        <SyntaxHelp />
      </div>
      <p id={`${listId}-status`} className="search-status" role="status">
        {status}
      </p>
      {search.error !== null && (
        <p role="alert" className="search-error">
          The notebook could not be searched: {search.error}
        </p>
      )}
      {search.warnings.length > 0 && (
        <ul className="search-warnings" aria-label="Query warnings">
          {search.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {hitCount > 0 ? (
        <ResultList
          id={listId}
          label="Search results"
          results={results}
          active={activeHit}
          optionId={optionId}
          onActive={(index) => setActive({ query: search.query, index })}
          onOpen={open}
        />
      ) : (
        <div id={listId} className="search-empty">
          {search.searching ? null : search.query === '' ? (
            <p>
              Type a word, a phrase in quotes or a filter such as <code>in:quote</code>: the “?” lists them all.
            </p>
          ) : search.error === null ? (
            <p>Check the spelling, use fewer words, or leave out a filter.</p>
          ) : null}
        </div>
      )}
      {snapshot && (
        <SnapshotViewer sourceId={snapshot.sourceId} initialFind={snapshot.find} onClose={() => setSnapshot(null)} />
      )}
    </section>
  );
}
