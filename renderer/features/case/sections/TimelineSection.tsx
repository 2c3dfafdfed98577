import { useRef, useState } from 'react';
import type { CaseDocument, TimelineEvent } from '../../../../shared/domain/case-document.ts';
import { comparePartialDates } from '../../../../shared/domain/partial-date.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';
import { ItemList } from '../../case-items/ItemList.tsx';
import { useItemSection } from '../../case-items/use-item-section.ts';
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
  const section = useItemSection(document.case.id, 'event', document.events);
  const [heldDates, setHeldDates] = useState<ReadonlyMap<string, string>>(new Map());
  const listRef = useRef<HTMLDivElement>(null);

  function holdDate(event: TimelineEvent, editing: boolean): void {
    setHeldDates((current) => {
      const next = new Map(current);
      if (editing) next.set(event.id, current.get(event.id) ?? event.on);
      else next.delete(event.id);
      return next;
    });
  }

  const sortDate = (event: TimelineEvent): string => heldDates.get(event.id) ?? event.on;
  const confirmed = section.saved
    .filter((event) => event.status === 'confirmed')
    .sort((a, b) => comparePartialDates(sortDate(a), sortDate(b)));
  const suggested = section.saved
    .filter((event) => event.status === 'suggested')
    .sort((a, b) => comparePartialDates(a.on, b.on));
  const stripEvents = document.events
    .filter((event) => event.status === 'confirmed')
    .sort((a, b) => comparePartialDates(a.on, b.on));

  function showEvent(id: string): void {
    const row = listRef.current?.querySelector<HTMLElement>(`li[data-event-id="${CSS.escape(id)}"]`);
    if (!row) return;
    row.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    row.focus({ preventScroll: true });
  }

  const rowProps = { caseId: section.caseId, actors: document.actors, sources: document.sources };
  return (
    <div className="items-section timeline-section" ref={listRef}>
      <TimelineStrip events={stripEvents} onSelect={showEvent} />
      <ItemList
        section={section}
        rows={confirmed}
        label="Events"
        ordered
        empty={
          suggested.length === 0 && (
            <EmptyState title="No events yet.">
              Add what happened and when, as precisely as you know it: a year, a month, a day or a time.
            </EmptyState>
          )
        }
        renderRow={(row) => (
          <EventRow
            {...row.props}
            {...rowProps}
            event={row.item}
            onDateEditing={row.isNew ? undefined : (editing) => holdDate(row.item, editing)}
          />
        )}
      />
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
