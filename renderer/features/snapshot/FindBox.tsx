import type { KeyboardEvent, RefObject } from 'react';

export interface FindBoxProps {
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly query: string;
  readonly count: number;
  /** 0-based index of the current match. */
  readonly current: number;
  readonly onQuery: (query: string) => void;
  readonly onStep: (step: 1 | -1) => void;
}

/** "Find in snapshot": Enter goes to the next match, Shift+Enter to the previous one. */
export function FindBox({ inputRef, query, count, current, onQuery, onStep }: FindBoxProps) {
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onStep(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      event.stopPropagation();
      onQuery('');
    }
  }
  const position = query.trim() === '' ? '' : count === 0 ? 'No matches' : `${current + 1} of ${count}`;
  return (
    <div className="snapshot-find" role="search">
      <input
        ref={inputRef}
        type="search"
        className="input snapshot-find-input"
        aria-label="Find in snapshot"
        placeholder="Find in snapshot"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="snapshot-find-count" aria-live="polite">
        {position}
      </span>
      <button
        type="button"
        className="button button-small button-quiet"
        aria-label="Previous match"
        disabled={count === 0}
        onClick={() => onStep(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button-small button-quiet"
        aria-label="Next match"
        disabled={count === 0}
        onClick={() => onStep(1)}
      >
        ↓
      </button>
    </div>
  );
}
