import { useId } from 'react';
import type { CaseResponseTimesView } from '../../../../shared/contract/case-analysis.ts';
import { formatPartialDate } from '../../../../shared/domain/partial-date.ts';
import { RESPONSE_TIME_MEASURE_LABELS } from '../../../../shared/domain/response-times.ts';
import { DAY_ZERO_BASIS_TEXT, MEASURE_END_NAMES, precisionText } from '../../analysis/analysis-text.ts';
import { ItemLink } from '../../analysis/ItemLink.tsx';

export interface ResponseTimesPanelProps {
  readonly caseId: string;
  readonly responseTimes: CaseResponseTimesView;
}

function EventLink({ caseId, eventId, title }: { caseId: string; eventId: string; title: string }) {
  return (
    <ItemLink caseId={caseId} kind="event" itemId={eventId} label={`Open event “${title}”`}>
      {title}
    </ItemLink>
  );
}

/** Time to first response, to apology and to corrective action from day 0, on the case overview. */
export function ResponseTimesPanel({ caseId, responseTimes }: ResponseTimesPanelProps) {
  const headingId = useId();
  const { dayZero, measures } = responseTimes;
  return (
    <section className="response-times" aria-labelledby={headingId}>
      <h3 id={headingId} className="analysis-heading">
        Response times
      </h3>
      {dayZero === null ? (
        <p className="analysis-empty">
          No confirmed events on the timeline yet. Add dated events (a trigger or an allegation, then the responses) and
          confirm them to measure how fast the organization responded.
        </p>
      ) : (
        <>
          <p className="response-times-day-zero">
            <span className="response-times-day-zero-label">Day 0</span>{' '}
            <EventLink caseId={caseId} eventId={dayZero.eventId} title={dayZero.title} />{' '}
            <span className="analysis-muted">
              ({dayZero.approx ? 'about ' : ''}
              {formatPartialDate(dayZero.on)}), {DAY_ZERO_BASIS_TEXT[dayZero.basis]}
            </span>
          </p>
          <ul className="response-times-list">
            {measures.map((measure) => (
              <li key={measure.measure} className="response-time" data-measure={measure.measure}>
                <span className="response-time-name">{RESPONSE_TIME_MEASURE_LABELS[measure.measure]}</span>
                <span className={`response-time-value${measure.endEventId === null ? ' is-none' : ''}`}>
                  {measure.label}
                </span>
                {measure.endEventId !== null && measure.startEventId !== null ? (
                  <span className="response-time-detail">
                    {precisionText(measure.unit, measure.approx)}, between{' '}
                    <EventLink caseId={caseId} eventId={measure.startEventId} title={measure.startTitle ?? ''} /> and{' '}
                    <EventLink caseId={caseId} eventId={measure.endEventId} title={measure.endTitle ?? ''} />
                  </span>
                ) : (
                  <span className="response-time-detail">
                    no confirmed {MEASURE_END_NAMES[measure.measure]} on or after day 0
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
