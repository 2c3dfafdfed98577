import { parsePartialDate } from './partial-date.ts';

const DAY_MS = 86_400_000;

/**
 * Days from `from` to `to` (partial dates), for placing events on a timeline measured from day 0.
 * Two times of day compare as instants (fractional days, time zones honoured); otherwise the written
 * calendar dates compare, a month or a year standing for its first day. Null when either is not a date.
 */
export function daysBetween(from: string, to: string): number | null {
  const a = parsePartialDate(from);
  const b = parsePartialDate(to);
  if (!a || !b) return null;
  if (a.instant !== null && b.instant !== null) return (b.instant - a.instant) / DAY_MS;
  const dayOf = (date: NonNullable<typeof a>) => {
    // setUTCFullYear, because Date.UTC reads years 0–99 as 1900–1999.
    const day = new Date(0);
    day.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
    return day.getTime();
  };
  return Math.round((dayOf(b) - dayOf(a)) / DAY_MS);
}
