import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import { focusItemSoon } from '../evidence/open-item.ts';
import { useSearch } from '../search/use-search.ts';
import { clearFindMarks, inPageOrder, revealHit } from './reveal-hit.ts';
import './case-find.css';

export const CASE_FIND_LIMIT = 200;

export interface CaseFindBarProps {
  readonly caseId: string;
  /** Each change puts the caret in the find box (Ctrl/Cmd+F again). */
  readonly focusRequest: number;
  readonly onClose: () => void;
}

/**
 * Ctrl/Cmd+F with a case open: finds in that case (the notebook's search, narrowed to it), shows
 * "n of m"; Enter / Shift+Enter and F3 / Shift+F3 show the next / previous hit in the page while the
 * caret stays here; Escape closes the bar and puts the caret in the hit shown (or back where it was).
 */
export function CaseFindBar({ caseId, focusRequest, onClose }: CaseFindBarProps) {
  const [query, setQuery] = useState('');
  const search = useSearch(query, { limit: CASE_FIND_LIMIT, caseId });
  const hits = useMemo(() => inPageOrder(search.hits), [search.hits]);
  const [position, setPosition] = useState<{ query: string; index: number } | null>(null);
  const current =
    position !== null && position.query === search.query && position.index < hits.length ? position.index : null;
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);
  useEffect(() => clearFindMarks, []);

  function step(direction: 1 | -1): void {
    if (hits.length === 0) return;
    const index =
      current === null ? (direction === 1 ? 0 : hits.length - 1) : (current + direction + hits.length) % hits.length;
    setPosition({ query: search.query, index });
    revealHit(hits[index]!, search.query);
  }
  const stepRef = useRef(step);
  useLayoutEffect(() => {
    stepRef.current = step;
  });
  // F3 steps wherever the caret is while the bar is open, as in a browser.
  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent): void {
      if (event.key !== 'F3' || event.defaultPrevented) return;
      event.preventDefault();
      stepRef.current(event.shiftKey ? -1 : 1);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  function close(): void {
    const shown = current === null ? undefined : hits[current];
    const back = returnFocus.current;
    clearFindMarks();
    onClose();
    if (shown && shown.kind !== 'case' && shown.kind !== 'narrative') focusItemSoon(shown.id);
    else if (back?.isConnected) back.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  }

  function onFocusCapture(event: FocusEvent<HTMLElement>): void {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !event.currentTarget.contains(from)) returnFocus.current = from;
  }

  const more = search.truncated ? '+' : '';
  const count = search.searching
    ? 'Searching…'
    : search.error !== null
      ? `Could not search: ${search.error}`
      : search.query === ''
        ? ''
        : hits.length === 0
          ? 'No matches'
          : current === null
            ? `${hits.length}${more} ${hits.length === 1 ? 'match' : 'matches'}`
            : `${current + 1} of ${hits.length}${more}`;
  return (
    <div className="case-find" role="search" aria-label="Find in the case" onFocusCapture={onFocusCapture}>
      <input
        ref={inputRef}
        type="text"
        className="input case-find-input"
        aria-label="Find in the case"
        aria-describedby="case-find-count"
        placeholder="Find in the case"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span id="case-find-count" className="case-find-count" role="status">
        {count}
      </span>
      {search.warnings.length > 0 && (
        <span className="case-find-warning" title={search.warnings.join('\n')}>
          {search.warnings[0]}
        </span>
      )}
      <button
        type="button"
        className="button button-small button-quiet"
        aria-label="Previous match"
        title="Previous match (Shift+Enter, Shift+F3)"
        disabled={hits.length === 0}
        onClick={() => step(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button-small button-quiet"
        aria-label="Next match"
        title="Next match (Enter, F3)"
        disabled={hits.length === 0}
        onClick={() => step(1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="button button-small button-quiet"
        aria-label="Close find"
        title="Close (Escape)"
        onClick={close}
      >
        ×
      </button>
    </div>
  );
}
