import { formatPartialDate, parsePartialDate } from '../../../shared/domain/partial-date.ts';

/** Where a partial date sits on a time axis: the start of the period it names (ms since the epoch, UTC). */
export function dateStart(on: string): number | null {
  const parsed = parsePartialDate(on);
  if (!parsed) return null;
  if (parsed.instant !== null) return parsed.instant;
  return Date.UTC(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1);
}

export interface PlacedMarker {
  readonly id: string;
  /** 0 (left end) … 1 (right end). */
  readonly position: number;
  /** Markers too close to an earlier one stack on the next lane. */
  readonly lane: number;
}

export const MAX_LANES = 3;
const MIN_GAP = 0.03;

/** Places events on one axis from the earliest to the latest, stacking the ones that would overlap. */
export function placeMarkers(events: readonly { readonly id: string; readonly on: string }[]): PlacedMarker[] {
  const timed = events.flatMap((event) => {
    const time = dateStart(event.on);
    return time === null ? [] : [{ id: event.id, time }];
  });
  if (timed.length === 0) return [];
  const min = Math.min(...timed.map((event) => event.time));
  const max = Math.max(...timed.map((event) => event.time));
  const span = max - min;
  const lanesEnd: number[] = [];
  return timed
    .map((event) => ({ id: event.id, position: span === 0 ? 0.5 : (event.time - min) / span }))
    .sort((a, b) => a.position - b.position)
    .map((marker) => {
      let lane = lanesEnd.findIndex((end) => marker.position - end >= MIN_GAP);
      if (lane < 0) lane = lanesEnd.length < MAX_LANES ? lanesEnd.length : 0;
      lanesEnd[lane] = marker.position;
      return { ...marker, lane };
    });
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface AxisTick {
  readonly position: number;
  readonly label: string;
}

/** A handful of ticks (years, months or days, whichever fits the span) along the axis. */
export function axisTicks(events: readonly { readonly on: string }[], maxTicks = 8): AxisTick[] {
  const timed = events.flatMap((event) => {
    const time = dateStart(event.on);
    return time === null ? [] : [{ on: event.on, time }];
  });
  if (timed.length === 0) return [];
  const times = timed.map((event) => event.time);
  const min = Math.min(...times);
  const max = Math.max(...times);
  const span = max - min;
  // Every marker sits at the middle of the axis: name the one date they share.
  if (span === 0) return [{ position: 0.5, label: formatPartialDate(timed[0]!.on) }];
  const day = 86_400_000;
  const start = new Date(min);
  const ticks: AxisTick[] = [];
  const push = (time: number, label: string): void => {
    if (time >= min && time <= max) ticks.push({ position: (time - min) / span, label });
  };
  if (span > 2 * 365 * day) {
    const first = start.getUTCFullYear();
    const last = new Date(max).getUTCFullYear();
    const step = Math.max(1, Math.ceil((last - first + 1) / maxTicks));
    for (let year = first; year <= last; year += step) push(Date.UTC(year, 0, 1), String(year));
  } else if (span > 60 * day) {
    const months = Math.ceil(span / (30 * day)) + 1;
    const step = Math.max(1, Math.ceil(months / maxTicks));
    for (let index = 0; index <= months; index += step) {
      const time = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + index, 1);
      const date = new Date(time);
      push(time, `${SHORT_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`);
    }
  } else {
    const days = Math.ceil(span / day) + 1;
    const step = Math.max(1, Math.ceil(days / maxTicks));
    const first = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
    for (let index = 0; index <= days; index += step) {
      const date = new Date(first + index * day);
      push(first + index * day, `${date.getUTCDate()} ${SHORT_MONTHS[date.getUTCMonth()]}`);
    }
  }
  return ticks;
}
