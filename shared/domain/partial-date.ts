/**
 * Dates at the precision a source gives: "2026", "2026-01", "2026-01-05", or a time with its offset
 * ("2026-01-05T18:00+08:00", "2019-01-03T07:00:02.000Z"). Never more precise than what was known.
 */
export type DatePrecision = 'year' | 'month' | 'day' | 'time';

export interface ParsedPartialDate {
  readonly text: string;
  readonly precision: DatePrecision;
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
  /** Milliseconds since the epoch, only for dates with a time of day. */
  readonly instant: number | null;
}

const PATTERN =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a partial date; returns null when the text is not one (wrong shape or impossible values). */
export function parsePartialDate(text: string): ParsedPartialDate | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, , zone] = match;
  const year = Number(y);
  if (year < 1 || year > 9999) return null;
  if (mo === undefined) return { text, precision: 'year', year, month: null, day: null, instant: null };
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return { text, precision: 'month', year, month, day: null, instant: null };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (h === undefined) return { text, precision: 'day', year, month, day, instant: null };
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (zone !== 'Z' && zone !== undefined) {
    const offsetHours = Number(zone.slice(1, 3));
    const offsetMinutes = Number(zone.slice(4, 6));
    if (offsetHours > 14 || offsetMinutes > 59) return null;
  }
  const instant = Date.parse(text.replace(/T(\d{2}:\d{2})(Z|[+-])/, 'T$1:00$2'));
  if (Number.isNaN(instant)) return null;
  return { text, precision: 'time', year, month, day, instant };
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

/**
 * Chronological order in which a less precise date comes before the more precise dates it contains:
 * "2026" < "2026-01" < "2026-01-05" < "2026-01-05T09:00+08:00". Dates compare on the calendar date as
 * written; two times on the same written date compare by instant. Comparing all times by instant would
 * put "2026-01-05T23:00-05:00" after "2026-01-06T01:00Z" but then the day-only "2026-01-06" would sit
 * both before and after it: the written date keeps the order consistent, which sorting needs.
 */
export function comparePartialDates(a: string, b: string): number {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  const dayA = a.slice(0, 10);
  const dayB = b.slice(0, 10);
  if (dayA !== dayB) {
    const shorter = Math.min(dayA.length, dayB.length);
    const prefixA = dayA.slice(0, shorter);
    const prefixB = dayB.slice(0, shorter);
    if (prefixA !== prefixB) return prefixA < prefixB ? -1 : 1;
    return dayA.length - dayB.length;
  }
  if (pa.instant === null && pb.instant === null) return 0;
  if (pa.instant === null) return -1;
  if (pb.instant === null) return 1;
  return pa.instant - pb.instant;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** A short human label at the date's own precision: "2026", "January 2026", "5 January 2026", "5 January 2026, 18:00 +08:00". */
export function formatPartialDate(text: string): string {
  const p = parsePartialDate(text);
  if (!p) return text;
  if (p.precision === 'year') return String(p.year);
  const monthName = MONTHS[(p.month ?? 1) - 1] ?? '';
  if (p.precision === 'month') return `${monthName} ${p.year}`;
  const dayLabel = `${p.day} ${monthName} ${p.year}`;
  if (p.precision === 'day') return dayLabel;
  const time = text.slice(11, 16);
  const zone = text.endsWith('Z') ? 'UTC' : text.slice(-6);
  return `${dayLabel}, ${time} ${zone}`;
}
