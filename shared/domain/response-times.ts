/**
 * Response-time measures from a case's confirmed timeline (domain.md, "Measures computed from the
 * timeline"): day 0, then time to first response, to apology and to corrective action, each at the
 * precision its two dates allow.
 */
import { comparePartialDates, parsePartialDate, type ParsedPartialDate } from './partial-date.ts';

export interface TimelineEvent {
  readonly id: string;
  readonly on: string;
  readonly approx: boolean;
  readonly kind: string;
  readonly status: string;
  readonly title: string;
}

export type DayZeroBasis = 'trigger' | 'allegation' | 'earliest';

export interface DayZero {
  readonly eventId: string;
  readonly on: string;
  readonly approx: boolean;
  readonly basis: DayZeroBasis;
}

export const RESPONSE_TIME_MEASURES = ['first-response', 'apology', 'corrective-action'] as const;
export type ResponseTimeMeasure = (typeof RESPONSE_TIME_MEASURES)[number];

export const RESPONSE_TIME_MEASURE_LABELS: Record<ResponseTimeMeasure, string> = {
  'first-response': 'Time to first response',
  apology: 'Time to apology',
  'corrective-action': 'Time to corrective action',
};

export type ResponseTimeUnit = 'minutes' | 'days' | 'months' | 'years';

export interface ResponseTime {
  readonly measure: ResponseTimeMeasure;
  /** The day-0 event, or null when the timeline has no confirmed event. */
  readonly startEventId: string | null;
  /** The event the measure ends at, or null while there is none ("none yet"). */
  readonly endEventId: string | null;
  readonly amount: number | null;
  readonly unit: ResponseTimeUnit | null;
  readonly approx: boolean;
  /** The amount in days, for sorting and medians (months and years at their average length). */
  readonly days: number | null;
  readonly label: string;
}

export interface ResponseTimes {
  readonly dayZero: DayZero | null;
  readonly measures: ResponseTime[];
}

export const NONE_YET = 'none yet';

const END_KINDS: Record<ResponseTimeMeasure, readonly string[]> = {
  'first-response': ['response', 'apology', 'corrective-action'],
  apology: ['apology'],
  'corrective-action': ['corrective-action'],
};

const DAYS_PER_MONTH = 365.2425 / 12;
const DAYS_PER_YEAR = 365.2425;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

interface DatedEvent {
  readonly event: TimelineEvent;
  readonly date: ParsedPartialDate;
}

/** Confirmed events with a readable date, in chronological order (input order breaks ties). */
function confirmedInOrder(events: readonly TimelineEvent[]): DatedEvent[] {
  const dated: DatedEvent[] = [];
  for (const event of events) {
    if (event.status !== 'confirmed') continue;
    const date = parsePartialDate(event.on);
    if (date) dated.push({ event, date });
  }
  return dated
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => comparePartialDates(a.entry.event.on, b.entry.event.on) || a.index - b.index)
    .map(({ entry }) => entry);
}

function dayZeroEntry(ordered: readonly DatedEvent[]): { entry: DatedEvent; basis: DayZeroBasis } | null {
  const trigger = ordered.find((e) => e.event.kind === 'trigger');
  if (trigger) return { entry: trigger, basis: 'trigger' };
  const allegation = ordered.find((e) => e.event.kind === 'allegation');
  if (allegation) return { entry: allegation, basis: 'allegation' };
  const earliest = ordered[0];
  return earliest ? { entry: earliest, basis: 'earliest' } : null;
}

/** Day 0: the first confirmed trigger, else the first allegation, else the earliest confirmed event. */
export function dayZeroOf(events: readonly TimelineEvent[]): DayZero | null {
  const found = dayZeroEntry(confirmedInOrder(events));
  if (!found) return null;
  const { event } = found.entry;
  return { eventId: event.id, on: event.on, approx: event.approx, basis: found.basis };
}

/** Day number of the calendar date as written (a time's own local date, not its UTC date). */
function calendarDay(date: ParsedPartialDate): number {
  return Math.round(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1) / MS_PER_DAY);
}

function monthIndex(date: ParsedPartialDate): number {
  return date.year * 12 + (date.month ?? 1) - 1;
}

/**
 * True only when `end` is certainly earlier than `start`: two times compare as instants, anything
 * else on the calendar at the coarser of the two precisions ("2026-01" is not before "2026-01-05").
 */
function certainlyBefore(end: ParsedPartialDate, start: ParsedPartialDate): boolean {
  if (end.instant !== null && start.instant !== null) return end.instant < start.instant;
  if (end.day !== null && start.day !== null) return calendarDay(end) < calendarDay(start);
  if (end.month !== null && start.month !== null) return monthIndex(end) < monthIndex(start);
  return end.year < start.year;
}

function plural(amount: number, one: string, many: string): string {
  return `${amount} ${amount === 1 ? one : many}`;
}

function minutesLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

interface Span {
  readonly amount: number;
  readonly unit: ResponseTimeUnit;
  readonly coarse: boolean;
  readonly days: number;
  readonly text: string;
}

function spanBetween(start: ParsedPartialDate, end: ParsedPartialDate): Span {
  if (start.instant !== null && end.instant !== null) {
    const amount = Math.round((end.instant - start.instant) / MS_PER_MINUTE);
    return { amount, unit: 'minutes', coarse: false, days: amount / 1440, text: minutesLabel(amount) };
  }
  if (start.day !== null && end.day !== null) {
    const amount = calendarDay(end) - calendarDay(start);
    return {
      amount,
      unit: 'days',
      coarse: false,
      days: amount,
      text: amount === 0 ? 'the same day' : plural(amount, 'day', 'days'),
    };
  }
  if (start.month !== null && end.month !== null) {
    const amount = monthIndex(end) - monthIndex(start);
    const text = amount === 0 ? 'under a month' : plural(amount, 'month', 'months');
    return { amount, unit: 'months', coarse: true, days: amount * DAYS_PER_MONTH, text };
  }
  const amount = end.year - start.year;
  const text = amount === 0 ? 'under a year' : plural(amount, 'year', 'years');
  return { amount, unit: 'years', coarse: true, days: amount * DAYS_PER_YEAR, text };
}

function noneYet(measure: ResponseTimeMeasure, startEventId: string | null): ResponseTime {
  return {
    measure,
    startEventId,
    endEventId: null,
    amount: null,
    unit: null,
    approx: false,
    days: null,
    label: NONE_YET,
  };
}

/**
 * The three measures from day 0. An end event that is certainly before day 0 does not count (a
 * response cannot answer a crisis that had not started); the measure uses the first end event on or
 * after day 0, and reads "none yet" when there is none. Suggested events never count.
 */
export function measureResponseTimes(events: readonly TimelineEvent[]): ResponseTimes {
  const ordered = confirmedInOrder(events);
  const found = dayZeroEntry(ordered);
  if (!found) return { dayZero: null, measures: RESPONSE_TIME_MEASURES.map((measure) => noneYet(measure, null)) };
  const start = found.entry;
  const dayZero: DayZero = {
    eventId: start.event.id,
    on: start.event.on,
    approx: start.event.approx,
    basis: found.basis,
  };
  const measures = RESPONSE_TIME_MEASURES.map((measure): ResponseTime => {
    const kinds = END_KINDS[measure];
    const end = ordered.find((e) => kinds.includes(e.event.kind) && !certainlyBefore(e.date, start.date));
    if (!end) return noneYet(measure, start.event.id);
    const span = spanBetween(start.date, end.date);
    const approx = span.coarse || start.event.approx || end.event.approx;
    // "under a month" already says how rough it is; "about under a month" would not read.
    const label = approx && !(span.coarse && span.amount === 0) ? `about ${span.text}` : span.text;
    return {
      measure,
      startEventId: start.event.id,
      endEventId: end.event.id,
      amount: span.amount,
      unit: span.unit,
      approx,
      days: span.days,
      label,
    };
  });
  return { dayZero, measures };
}
