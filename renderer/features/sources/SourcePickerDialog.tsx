/**
 * <SourcePickerDialog caseId onPick onClose confirmLabel? initialLocator?>
 * - caseId: the case on screen (for undo of a source added from here), or null.
 * - onPick({ sourceId, locator, source }): the chosen source and the optional locator (page, paragraph or
 *   quoted passage; null when empty). The caller closes the dialog (or not) and writes the citation.
 * - onClose(): Escape, "Cancel" or a click outside.
 * - confirmLabel: the pick button (default "Choose").
 * A modal named "Choose a source": "Search sources" searches the notebook's library (debounced; an answer
 * to an older search is dropped), the "Sources" listbox shows title, publisher and date; Arrow keys move,
 * Enter picks, Escape closes. "Add source" switches to the add form; the new source comes back selected.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ResponseOf } from '../../../shared/contract/procedures.ts';
import { formatPartialDate } from '../../../shared/domain/partial-date.ts';
import { call, errorMessage } from '../../api.ts';
import { addedSourceMessage, AddSourceForm } from './AddSourceForm.tsx';
import { ModalDialog } from './ModalDialog.tsx';
import { SOURCE_KIND_LABELS } from './source-form.ts';

export type SourceSummary = ResponseOf<'sources.list'>['sources'][number];
export interface SourcePick {
  readonly sourceId: string;
  readonly locator: string | null;
  readonly source: SourceSummary;
}

export interface SourcePickerDialogProps {
  readonly caseId: string | null;
  readonly onPick: (pick: SourcePick) => void;
  readonly onClose: () => void;
  readonly confirmLabel?: string;
  readonly initialLocator?: string;
}

export const SOURCE_SEARCH_DELAY_MS = 150;
const RESULT_LIMIT = 50;

type Results =
  | { readonly status: 'loading'; readonly sources: readonly SourceSummary[] }
  | { readonly status: 'ready'; readonly sources: readonly SourceSummary[]; readonly hasMore: boolean }
  | { readonly status: 'error'; readonly sources: readonly SourceSummary[]; readonly message: string };

function isComposing(event: KeyboardEvent): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}

/** The notebook's sources matching `query`, fetched after a pause in typing; late answers are dropped. */
function useSourceSearch(query: string): Results {
  const [results, setResults] = useState<Results>({ status: 'loading', sources: [] });
  const generation = useRef(0);
  const first = useRef(true);
  useEffect(() => {
    const mine = ++generation.current;
    const trimmed = query.trim();
    const run = () => {
      call('sources.list', { ...(trimmed ? { query: trimmed } : {}), limit: RESULT_LIMIT }).then(
        ({ sources, hasMore }) => {
          if (mine === generation.current) setResults({ status: 'ready', sources, hasMore });
        },
        (error: unknown) => {
          if (mine === generation.current)
            setResults((current) => ({ status: 'error', sources: current.sources, message: errorMessage(error) }));
        },
      );
    };
    if (first.current) {
      first.current = false;
      run();
      return;
    }
    const timer = setTimeout(run, SOURCE_SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);
  return results;
}

function describeSource(source: SourceSummary): string {
  return [
    source.publisher,
    source.publishedOn ? formatPartialDate(source.publishedOn) : null,
    SOURCE_KIND_LABELS[source.kind],
  ]
    .filter(Boolean)
    .join(' · ');
}

export function SourcePickerDialog({
  caseId,
  onPick,
  onClose,
  confirmLabel = 'Choose',
  initialLocator = '',
}: SourcePickerDialogProps) {
  const id = useId();
  const [view, setView] = useState<'search' | 'add'>('search');
  const [query, setQuery] = useState('');
  const [locator, setLocator] = useState(initialLocator);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [added, setAdded] = useState<SourceSummary | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const locatorRef = useRef<HTMLInputElement>(null);
  const focusLocator = useRef(false);
  const results = useSourceSearch(query);

  const sources = added ? [added, ...results.sources.filter((source) => source.id !== added.id)] : results.sources;
  const activeIndex = Math.max(
    0,
    sources.findIndex((source) => source.id === activeId),
  );
  const active = sources[activeIndex] ?? null;
  const optionId = (sourceId: string) => `${id}-option-${sourceId}`;

  useEffect(() => {
    if (view !== 'search') return;
    (focusLocator.current ? locatorRef : searchRef).current?.focus();
    focusLocator.current = false;
  }, [view]);

  useEffect(() => {
    if (!active) return;
    document.getElementById(optionId(active.id))?.scrollIntoView?.({ block: 'nearest' });
    // optionId is derived from the stable useId value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  function pick(source: SourceSummary | null): void {
    if (!source) return;
    const trimmed = locator.trim();
    onPick({ sourceId: source.id, locator: trimmed === '' ? null : trimmed, source });
  }

  function moveActive(by: number | 'first' | 'last'): void {
    if (sources.length === 0) return;
    const next =
      by === 'first'
        ? 0
        : by === 'last'
          ? sources.length - 1
          : Math.max(0, Math.min(sources.length - 1, activeIndex + by));
    setActiveId(sources[next]?.id ?? null);
  }

  function onListKeys(event: KeyboardEvent<HTMLElement>, isSearchBox: boolean): void {
    if (isComposing(event)) return;
    const moves: Record<string, number | 'first' | 'last'> = { ArrowDown: 1, ArrowUp: -1, PageDown: 5, PageUp: -5 };
    if (!isSearchBox) Object.assign(moves, { Home: 'first', End: 'last' });
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      moveActive(move);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active);
    }
  }

  if (view === 'add')
    return (
      <ModalDialog label="Add source" onClose={() => setView('search')} className="source-dialog-wide">
        <AddSourceForm
          caseId={caseId}
          initialTitle={/^https?:\/\//i.test(query.trim()) ? '' : query.trim()}
          cancelLabel="Back to search"
          onCancel={() => setView('search')}
          onAdded={(result) => {
            const { snapshot, ...fields } = result.source;
            const summary: SourceSummary = {
              ...fields,
              hasSnapshot: snapshot !== null,
              snapshotCapturedAt: snapshot?.capturedAt ?? null,
              // A merged source may be cited already; the picker does not show the count.
              citedCount: 0,
              file: null,
            };
            setAdded(summary);
            setActiveId(summary.id);
            setNotice(addedSourceMessage(result));
            focusLocator.current = true;
            setView('search');
          }}
        />
      </ModalDialog>
    );

  const empty =
    results.status === 'ready' && sources.length === 0
      ? query.trim()
        ? `No source matches “${query.trim()}”.`
        : 'Your library has no sources yet.'
      : null;

  return (
    <ModalDialog label="Choose a source" onClose={onClose} initialFocus={searchRef} className="source-dialog-wide">
      <div className="source-picker">
        <input
          ref={searchRef}
          type="search"
          className="input"
          aria-label="Search sources"
          placeholder="Search by title, publisher or URL"
          autoComplete="off"
          value={query}
          aria-controls={`${id}-list`}
          aria-activedescendant={active ? optionId(active.id) : undefined}
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveId(null);
          }}
          onKeyDown={(event) => onListKeys(event, true)}
        />
        {notice && (
          <p role="status" className="source-picker-notice">
            {notice}
          </p>
        )}
        <div
          id={`${id}-list`}
          role="listbox"
          aria-label="Sources"
          className="source-picker-list"
          tabIndex={sources.length > 0 ? 0 : -1}
          aria-activedescendant={active ? optionId(active.id) : undefined}
          aria-busy={results.status === 'loading' ? true : undefined}
          onKeyDown={(event) => onListKeys(event, false)}
        >
          {sources.map((source, index) => (
            <div
              key={source.id}
              id={optionId(source.id)}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'source-option is-active' : 'source-option'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => setActiveId(source.id)}
              onDoubleClick={() => pick(source)}
            >
              <span className="source-option-title">{source.title}</span>
              <span className="source-option-meta">{describeSource(source)}</span>
            </div>
          ))}
        </div>
        {empty && <p className="source-picker-empty">{empty} Add one with “Add source”.</p>}
        {results.status === 'error' && (
          <p role="alert" className="field-error">
            The sources could not be searched: {results.message}
          </p>
        )}
        {results.status === 'ready' && results.hasMore && (
          <p className="field-hint">Showing the first {RESULT_LIMIT}; type more to narrow the search.</p>
        )}
        <div className="field">
          <label htmlFor={`${id}-locator`}>Locator</label>
          <input
            ref={locatorRef}
            id={`${id}-locator`}
            className="input"
            autoComplete="off"
            placeholder="p. 4, ¶ 3 or a quoted passage"
            value={locator}
            aria-describedby={`${id}-locator-hint`}
            onChange={(event) => setLocator(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !isComposing(event)) {
                event.preventDefault();
                pick(active);
              }
            }}
          />
          <p id={`${id}-locator-hint`} className="field-hint">
            Optional: where in the source (page, paragraph or a quoted passage).
          </p>
        </div>
        <div className="dialog-actions source-picker-actions">
          <button type="button" className="button" onClick={() => setView('add')}>
            Add source
          </button>
          <span className="source-picker-spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={!active} onClick={() => pick(active)}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
