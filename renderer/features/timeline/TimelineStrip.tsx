import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { TimelineEvent } from '../../../shared/domain/case-document.ts';
import { formatPartialDate } from '../../../shared/domain/partial-date.ts';
import { isComposing } from '../case-items/ime.ts';
import { EVENT_KINDS } from '../../../shared/domain/case-document.ts';
import { eventKindLabel } from './event-kinds.ts';
import { axisTicks, MAX_LANES, placeMarkers } from './timeline-axis.ts';

export interface TimelineStripProps {
  /** Confirmed events in chronological order. */
  readonly events: readonly TimelineEvent[];
  /** A marker was chosen: show that event. */
  readonly onSelect: (id: string) => void;
}

export function markerName(event: Pick<TimelineEvent, 'on' | 'approx' | 'title' | 'kind'>): string {
  return `${event.approx ? 'About ' : ''}${formatPartialDate(event.on)}: ${event.title} (${eventKindLabel(event.kind)})`;
}

/**
 * The events on one horizontal time axis, each a marker coloured and shaped by its kind, with a legend.
 * The markers are one tab stop; the arrow keys, Home and End move between them; Enter or a click shows
 * the event in the list below.
 */
export function TimelineStrip({ events, onSelect }: TimelineStripProps) {
  const [activeId, setActiveId] = useState<string | null>(null);
  if (events.length === 0) return null;
  const placed = placeMarkers(events);
  const byId = new Map(events.map((event) => [event.id, event]));
  const ticks = axisTicks(events);
  const kinds = EVENT_KINDS.filter((kind) => events.some((event) => event.kind === kind));
  const order = events.map((event) => event.id);
  const tabStop = activeId !== null && byId.has(activeId) ? activeId : (order[0] ?? null);
  const lanes = Math.min(MAX_LANES, Math.max(1, ...placed.map((marker) => marker.lane + 1)));

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (isComposing(event)) return;
    const current = order.indexOf((event.target as HTMLElement).dataset['eventId'] ?? '');
    if (current < 0) return;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? Math.min(order.length - 1, current + 1)
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? Math.max(0, current - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? order.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    const id = order[next];
    if (!id) return;
    setActiveId(id);
    event.currentTarget.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`)?.focus();
  }

  return (
    <figure className="timeline-strip" aria-label="Timeline strip">
      <div
        role="toolbar"
        aria-label="Events on the timeline"
        aria-orientation="horizontal"
        className={`timeline-strip-track timeline-lanes-${lanes}`}
        onKeyDown={onKeyDown}
      >
        <div className="timeline-strip-axis" aria-hidden="true" />
        {ticks.map((tick) => (
          <span
            key={`${tick.label}-${tick.position}`}
            className="timeline-strip-tick"
            aria-hidden="true"
            style={{ left: `${tick.position * 100}%` }}
          >
            {tick.label}
          </span>
        ))}
        {placed.map((marker) => {
          const event = byId.get(marker.id);
          if (!event) return null;
          const name = markerName(event);
          return (
            <button
              key={marker.id}
              type="button"
              data-event-id={marker.id}
              className={`timeline-marker timeline-kind-${event.kind}${event.approx ? ' is-approx' : ''}`}
              style={{ left: `${marker.position * 100}%`, bottom: `${22 + marker.lane * 16}px` }}
              aria-label={name}
              title={name}
              tabIndex={marker.id === tabStop ? 0 : -1}
              onFocus={() => setActiveId(marker.id)}
              onClick={() => onSelect(marker.id)}
            />
          );
        })}
      </div>
      <figcaption>
        <ul className="timeline-legend" aria-label="Event kinds">
          {kinds.map((kind) => (
            <li key={kind} className="timeline-legend-item">
              <span className={`timeline-marker-swatch timeline-kind-${kind}`} aria-hidden="true" />
              {eventKindLabel(kind)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
