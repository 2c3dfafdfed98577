import { useRef, useState } from 'react';
import type { CaseDocument, TimelineEvent } from '../../../../shared/domain/case-document.ts';
import { comparePartialDates } from '../../../../shared/domain/partial-date.ts';
import { useAppEvent } from '../../../app-events.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';
import { KeepFocus } from '../../case-items/KeepFocus.tsx';
import { useNewItems } from '../../case-items/use-new-items.ts';
import { EventRow } from '../../timeline/EventRow.tsx';
import { TimelineStrip } from '../../timeline/TimelineStrip.tsx';
import '../../case-items/items.css';
import '../../timeline/timeline.css';

/**
 * The timeline: a strip of the events on one axis, the events in chronological order (a less precise
 * date before the more precise dates it contains), and apart, the suggested events an import found,
 * to confirm or dismiss. A row being typed in stays where it is; it takes its place when its date is
 * committed (Enter, or leaving the field) and keeps the focus.
 */
export function TimelineSection({ document }: { document: CaseDocument }) {
  const caseId = document.case.id;
  const newItems = useNewItems(
    caseId,
    'event',
    document.events.map((event) => event.id),
  );
  const [heldDates, setHeldDates] = useState<ReadonlyMap<string, string>>(new Map());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  function addEvent(): void {
    setFocusKey(newItems.open());
  }
  useAppEvent('casebook:add-item', ({ kind }) => {
    if (kind === 'event') addEvent();
  });

  function holdDate(event: TimelineEvent, editing: boolean): void {
    setHeldDates((current) => {
      const next = new Map(current);
      if (editing) next.set(event.id, current.get(event.id) ?? event.on);
      else next.delete(event.id);
      return next;
    });
  }

  const sortDate = (event: TimelineEvent): string => heldDates.get(event.id) ?? event.on;
  const listed = document.events.filter((event) => !newItems.pinnedIds.has(event.id));
  const confirmed = listed
    .filter((event) => event.status === 'confirmed')
    .sort((a, b) => comparePartialDates(sortDate(a), sortDate(b)));
  const suggested = listed
    .filter((event) => event.status === 'suggested')
    .sort((a, b) => comparePartialDates(a.on, b.on));
  const stripEvents = document.events
    .filter((event) => event.status === 'confirmed')
    .sort((a, b) => comparePartialDates(a.on, b.on));
  const rowCount = confirmed.length + newItems.entries.length;
  const deleteLabel = (index: number): string => (rowCount > 1 ? `Delete event ${index + 1}` : 'Delete event');

  function showEvent(id: string): void {
    const row = listRef.current?.querySelector<HTMLElement>(`li[data-event-id="${CSS.escape(id)}"]`);
    if (!row) return;
    row.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    row.focus({ preventScroll: true });
  }

  const rowProps = { caseId, actors: document.actors, sources: document.sources };
  return (
    <div className="items-section timeline-section" ref={listRef}>
      <TimelineStrip events={stripEvents} onSelect={showEvent} />
      {rowCount === 0 && suggested.length === 0 && (
        <EmptyState title="No events yet.">
          Add what happened and when, as precisely as you know it: a year, a month, a day or a time.
        </EmptyState>
      )}
      {rowCount > 0 && (
        <KeepFocus>
          <ol className="item-list" aria-label="Events">
            {[
              ...confirmed.map((event, index) => (
                <EventRow
                  key={newItems.keyOf(event.id)}
                  {...rowProps}
                  event={event}
                  deleteLabel={deleteLabel(index)}
                  onDateEditing={(editing) => holdDate(event, editing)}
                  onDeleted={() => addRef.current?.focus()}
                />
              )),
              ...newItems.entries.map((entry, index) => {
                const stored =
                  entry.id === null ? null : (document.events.find((event) => event.id === entry.id) ?? null);
                return (
                  <EventRow
                    key={entry.key}
                    {...rowProps}
                    event={stored}
                    deleteLabel={deleteLabel(confirmed.length + index)}
                    initialDrafts={entry.initialDrafts}
                    focusDateOnMount={entry.key === focusKey}
                    onDraftChange={(values) => newItems.onDraftChange(entry.key, values)}
                    onDiscardDraft={() => {
                      newItems.discard(entry.key);
                      addRef.current?.focus();
                    }}
                    onCreated={(id, focused) => {
                      newItems.onCreated(entry.key, id);
                      if (!focused) newItems.release(entry.key);
                    }}
                    onLeave={() => newItems.release(entry.key)}
                    onDeleted={() => addRef.current?.focus()}
                  />
                );
              }),
            ]}
          </ol>
        </KeepFocus>
      )}
      <div className="items-actions">
        <button ref={addRef} type="button" className="button" onClick={addEvent}>
          Add event
        </button>
      </div>
      {suggested.length > 0 && (
        <section className="suggested-events" aria-labelledby="suggested-events-heading">
          <h3 id="suggested-events-heading" className="items-subheading">
            Suggested events
          </h3>
          <p className="items-hint">Found by an import. Confirm the ones that are right; dismiss the others.</p>
          <ol className="item-list" aria-label="Suggested events">
            {suggested.map((event) => (
              <EventRow key={event.id} {...rowProps} event={event} deleteLabel="Delete event" />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
