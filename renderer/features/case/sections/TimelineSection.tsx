import { comparePartialDates, formatPartialDate } from '../../../../shared/domain/partial-date.ts';
import type { CaseDocument } from '../../../../shared/domain/case-document.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';
import { SourceChips } from './SourceChips.tsx';

export function TimelineSection({ document }: { document: CaseDocument }) {
  if (document.events.length === 0) return <EmptyState title="No events yet." />;
  const events = [...document.events].sort((a, b) => comparePartialDates(a.on, b.on));
  const actorName = new Map(document.actors.map((actor) => [actor.id, actor.name]));
  return (
    <ol className="item-list timeline-list" aria-label="Events">
      {events.map((event) => (
        <li
          key={event.id}
          className={event.status === 'suggested' ? 'item timeline-item is-suggested' : 'item timeline-item'}
        >
          <div className="timeline-date">
            {event.approx ? 'c. ' : ''}
            {formatPartialDate(event.on)}
          </div>
          <div className="item-body">
            <div className="item-title">
              {event.title}
              <span className="badge">{event.kind.replace('-', ' ')}</span>
              {event.status === 'suggested' && <span className="badge badge-warning">Suggested</span>}
            </div>
            {event.detail && <p className="item-detail">{event.detail}</p>}
            <div className="item-meta">
              {event.actorId && actorName.get(event.actorId) && <span>{actorName.get(event.actorId)}</span>}
              <SourceChips citations={event.citations} sources={document.sources} />
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
