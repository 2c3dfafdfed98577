import { describe, expect, it } from 'vitest';
import {
  dayZeroOf,
  measureResponseTimes,
  type ResponseTime,
  type TimelineEvent,
} from '../../shared/domain/response-times.ts';

let next = 0;
function event(kind: string, on: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  next += 1;
  return { id: extra.id ?? `e${next}`, on, approx: false, kind, status: 'confirmed', title: `${kind} ${on}`, ...extra };
}

function measure(events: TimelineEvent[], id: ResponseTime['measure']): ResponseTime {
  const found = measureResponseTimes(events).measures.find((m) => m.measure === id);
  if (!found) throw new Error(`no measure ${id}`);
  return found;
}

describe('day 0', () => {
  it('is the first trigger, even when an allegation and other events come earlier', () => {
    const events = [
      event('media', '2026-01-01', { id: 'media' }),
      event('allegation', '2026-01-02', { id: 'allegation' }),
      event('trigger', '2026-01-04', { id: 'late-trigger' }),
      event('trigger', '2026-01-03', { id: 'first-trigger' }),
    ];
    expect(dayZeroOf(events)).toEqual({ eventId: 'first-trigger', on: '2026-01-03', approx: false, basis: 'trigger' });
  });

  it('falls back to the first allegation, then to the earliest event', () => {
    expect(dayZeroOf([event('media', '2026-01-01'), event('allegation', '2026-01-05', { id: 'a' })])).toMatchObject({
      eventId: 'a',
      basis: 'allegation',
    });
    expect(dayZeroOf([event('response', '2026-01-07'), event('media', '2026-01-02', { id: 'm' })])).toMatchObject({
      eventId: 'm',
      basis: 'earliest',
    });
  });

  it('ignores suggested events and is null for a timeline with no confirmed event', () => {
    const suggestedTrigger = event('trigger', '2026-01-01', { status: 'suggested' });
    expect(dayZeroOf([suggestedTrigger, event('allegation', '2026-01-04', { id: 'a' })])?.eventId).toBe('a');
    expect(dayZeroOf([suggestedTrigger])).toBeNull();
    expect(measureResponseTimes([]).dayZero).toBeNull();
  });

  it('puts a month-only trigger before day-precision triggers of the same month', () => {
    const events = [event('trigger', '2026-01-05', { id: 'day' }), event('trigger', '2026-01', { id: 'month' })];
    expect(dayZeroOf(events)?.eventId).toBe('month');
  });
});

describe('response-time measures', () => {
  it('measures hours and minutes when both dates have a time of day, across time zones', () => {
    const events = [
      event('trigger', '2026-01-05T09:00+08:00', { id: 't' }),
      // 13:12 in Beijing is 05:12 UTC: 4 h 12 min after 01:00 UTC.
      event('response', '2026-01-05T05:12Z', { id: 'r' }),
    ];
    expect(measure(events, 'first-response')).toEqual({
      measure: 'first-response',
      startEventId: 't',
      endEventId: 'r',
      amount: 252,
      unit: 'minutes',
      approx: false,
      days: 252 / 1440,
      label: '4 h 12 min',
    });
  });

  it('writes short and whole-hour spans without empty parts', () => {
    const start = event('trigger', '2026-01-05T09:00Z');
    expect(measure([start, event('apology', '2026-01-05T09:45Z')], 'apology').label).toBe('45 min');
    expect(measure([start, event('apology', '2026-01-06T12:00Z')], 'apology').label).toBe('27 h');
  });

  it('measures whole calendar days when either date has a day but no time', () => {
    const events = [event('trigger', '2026-01-03T23:30+08:00'), event('apology', '2026-01-05', { id: 'ap' })];
    expect(measure(events, 'apology')).toMatchObject({
      endEventId: 'ap',
      amount: 2,
      unit: 'days',
      days: 2,
      approx: false,
      label: '2 days',
    });
    const oneDay = [event('trigger', '2026-01-03'), event('apology', '2026-01-04')];
    expect(measure(oneDay, 'apology').label).toBe('1 day');
  });

  it('says "the same day" for two events on one day, and counts the written local date', () => {
    // 23:00 in New York on 4 January is already 5 January in UTC, but the case says 4 January.
    const events = [event('trigger', '2026-01-04'), event('response', '2026-01-04T23:00-05:00')];
    expect(measure(events, 'first-response')).toMatchObject({ amount: 0, unit: 'days', label: 'the same day' });
  });

  it('rounds to whole months, always approximate, when either date has only a month', () => {
    const events = [event('trigger', '2026-01-20'), event('corrective-action', '2026-02', { id: 'ca' })];
    expect(measure(events, 'corrective-action')).toMatchObject({
      endEventId: 'ca',
      amount: 1,
      unit: 'months',
      approx: true,
      label: 'about 1 month',
    });
    expect(measure(events, 'corrective-action').days).toBeCloseTo(30.44, 1);
    const later = [event('trigger', '2025-11'), event('corrective-action', '2026-02-01')];
    expect(measure(later, 'corrective-action').label).toBe('about 3 months');
    const sameMonth = [event('trigger', '2026-01'), event('corrective-action', '2026-01-28')];
    expect(measure(sameMonth, 'corrective-action')).toMatchObject({
      amount: 0,
      unit: 'months',
      approx: true,
      label: 'under a month',
    });
  });

  it('rounds to whole years when either date has only a year', () => {
    const events = [event('trigger', '2024-06-02'), event('apology', '2026')];
    expect(measure(events, 'apology')).toMatchObject({
      amount: 2,
      unit: 'years',
      approx: true,
      label: 'about 2 years',
    });
    expect(measure([event('trigger', '2026'), event('apology', '2026-03')], 'apology').label).toBe('under a year');
  });

  it('is approximate when either date is approximate', () => {
    const approxStart = [event('trigger', '2026-01-03', { approx: true }), event('apology', '2026-01-05')];
    expect(measure(approxStart, 'apology')).toMatchObject({ approx: true, label: 'about 2 days' });
    const approxEnd = [event('trigger', '2026-01-03T10:00Z'), event('apology', '2026-01-03T12:30Z', { approx: true })];
    expect(measure(approxEnd, 'apology')).toMatchObject({ approx: true, label: 'about 2 h 30 min' });
  });

  it('reads "none yet", never zero, when there is no end event', () => {
    const events = [event('trigger', '2026-01-03', { id: 't' }), event('response', '2026-01-04')];
    expect(measure(events, 'apology')).toEqual({
      measure: 'apology',
      startEventId: 't',
      endEventId: null,
      amount: null,
      unit: null,
      approx: false,
      days: null,
      label: 'none yet',
    });
    expect(measureResponseTimes([]).measures.map((m) => m.label)).toEqual(['none yet', 'none yet', 'none yet']);
  });

  it('counts an apology or corrective action as the first response, whichever comes first', () => {
    const events = [
      event('trigger', '2026-01-03'),
      event('response', '2026-01-08', { id: 'statement' }),
      event('corrective-action', '2026-01-06', { id: 'fix' }),
      event('apology', '2026-01-07', { id: 'sorry' }),
    ];
    expect(measure(events, 'first-response')).toMatchObject({ endEventId: 'fix', label: '3 days' });
    expect(measure(events, 'apology')).toMatchObject({ endEventId: 'sorry', label: '4 days' });
    expect(measure(events, 'corrective-action')).toMatchObject({ endEventId: 'fix', label: '3 days' });
  });

  it('ignores suggested events at both ends', () => {
    const events = [
      event('trigger', '2026-01-01', { status: 'suggested' }),
      event('trigger', '2026-01-03', { id: 't' }),
      event('apology', '2026-01-04', { status: 'suggested' }),
      event('apology', '2026-01-09', { id: 'ap' }),
    ];
    expect(measure(events, 'apology')).toMatchObject({ startEventId: 't', endEventId: 'ap', label: '6 days' });
    expect(
      measure([event('trigger', '2026-01-03'), event('apology', '2026-01-04', { status: 'suggested' })], 'apology')
        .label,
    ).toBe('none yet');
  });

  it('skips an end event dated before day 0 and measures to the next one', () => {
    const events = [
      event('response', '2026-01-01', { id: 'early' }),
      event('trigger', '2026-01-03', { id: 't' }),
      event('response', '2026-01-05', { id: 'late' }),
    ];
    expect(measure(events, 'first-response')).toMatchObject({ endEventId: 'late', amount: 2 });
    expect(measure([events[0]!, events[1]!], 'first-response').label).toBe('none yet');
  });

  it('compares two times as instants: an earlier written date in another zone can still come after day 0', () => {
    const trigger = event('trigger', '2026-01-05T09:00+08:00');
    // 21:00 on 4 January in New York is 02:00 UTC on 5 January, an hour after the trigger (01:00 UTC).
    const events = [
      trigger,
      event('response', '2026-01-05T08:00+08:00', { id: 'before' }),
      event('response', '2026-01-04T21:00-05:00', { id: 'after' }),
    ];
    expect(measure(events, 'first-response')).toMatchObject({ endEventId: 'after', amount: 60, label: '1 h' });
    expect(measure([trigger, events[1]!], 'first-response').label).toBe('none yet');
  });

  it('keeps an end event of coarser precision that contains day 0 (not certainly before it)', () => {
    const events = [event('trigger', '2026-01-05'), event('apology', '2026-01', { id: 'ap' })];
    expect(measure(events, 'apology')).toMatchObject({
      endEventId: 'ap',
      unit: 'months',
      amount: 0,
      label: 'under a month',
    });
  });

  it('takes the end event in timeline order, where a month-only date comes before the days of its month', () => {
    const events = [
      event('trigger', '2026-01-03T09:00Z'),
      event('response', '2026-01-03T11:00Z', { id: 'precise' }),
      event('response', '2026-01', { id: 'month' }),
    ];
    expect(measure(events, 'first-response')).toMatchObject({ endEventId: 'month', label: 'under a month' });
  });

  it('measures zero from a day 0 that is itself a response (earliest-event fallback)', () => {
    const events = [event('response', '2026-01-05T08:00Z', { id: 'r' }), event('media', '2026-01-06')];
    const result = measureResponseTimes(events);
    expect(result.dayZero).toMatchObject({ eventId: 'r', basis: 'earliest' });
    expect(result.measures[0]).toMatchObject({ endEventId: 'r', amount: 0, label: '0 min' });
  });
});
