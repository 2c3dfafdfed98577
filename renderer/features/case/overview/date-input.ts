import { formatPartialDate, parsePartialDate } from '../../../../shared/domain/partial-date.ts';
import type { DatePrecision } from '../../../../shared/domain/partial-date.ts';

/**
 * Turns what a person types into a partial date (shared/domain/partial-date.ts) at the precision they
 * gave: "2017", "April 2017", "Apr 2017", "2017-04", "9 April 2017", "April 9, 2017", "2017-04-09",
 * "2017/4/9", "2017年4月9日", "2017-04-09 14:30 +08:00", "2017-04-09T14:30Z". Empty text clears the date.
 * A time needs its offset: without one the date would pretend a precision it does not have.
 */
export type DateInputResult =
  | { readonly ok: true; readonly value: null }
  | { readonly ok: true; readonly value: string; readonly precision: DatePrecision; readonly label: string }
  | { readonly ok: false; readonly message: string };

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export const PRECISION_LABELS: Record<DatePrecision, string> = {
  year: 'Year',
  month: 'Month',
  day: 'Day',
  time: 'Date and time',
};

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return null;
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(lower));
  return index < 0 ? null : index + 1;
}

function pad(value: number | string, width = 2): string {
  return String(value).padStart(width, '0');
}

function normalizeOffset(zone: string): string | null {
  const upper = zone.toUpperCase();
  if (upper === 'Z' || upper === 'UTC' || upper === 'GMT') return 'Z';
  const match = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone);
  if (!match) return null;
  return `${match[1]}${pad(match[2] ?? '0')}:${match[3] ?? '00'}`;
}

/** Rewrites the accepted spellings into ISO partial-date text, or returns null when none matches. */
function toIsoText(input: string): { readonly iso: string } | { readonly missingZone: true } | null {
  const text = input.trim().replace(/\s+/g, ' ');
  let match = /^(\d{4})$/.exec(text);
  if (match) return { iso: match[1]! };
  match = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  if (match) return { iso: `${match[1]}-${pad(match[2]!)}` };
  match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (match) return { iso: `${match[1]}-${pad(match[2]!)}-${pad(match[3]!)}` };
  match = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/.exec(text);
  if (match) return { iso: [match[1], match[2] && pad(match[2]), match[3] && pad(match[3])].filter(Boolean).join('-') };
  match = /^([A-Za-z]+\.?),? (\d{4})$/.exec(text);
  if (match) {
    const month = monthNumber(match[1]!);
    return month === null ? null : { iso: `${match[2]}-${pad(month)}` };
  }
  match = /^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/.exec(text);
  if (match) {
    const month = monthNumber(match[2]!);
    return month === null ? null : { iso: `${match[3]}-${pad(month)}-${pad(match[1]!)}` };
  }
  match = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(text);
  if (match) {
    const month = monthNumber(match[1]!);
    return month === null ? null : { iso: `${match[3]}-${pad(month)}-${pad(match[2]!)}` };
  }
  match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:T| )(\d{1,2}):(\d{2})(?::(\d{2}))? ?(.*)$/i.exec(text);
  if (match) {
    const zone = match[7]!.trim();
    if (zone === '') return { missingZone: true };
    const offset = normalizeOffset(zone);
    if (offset === null) return null;
    const seconds = match[6] ? `:${match[6]}` : '';
    return { iso: `${match[1]}-${pad(match[2]!)}-${pad(match[3]!)}T${pad(match[4]!)}:${match[5]}${seconds}${offset}` };
  }
  return null;
}

export function parseDateInput(input: string): DateInputResult {
  if (input.trim() === '') return { ok: true, value: null };
  const rewritten = toIsoText(input);
  if (rewritten && 'missingZone' in rewritten)
    return { ok: false, message: 'Add the time zone after the time, like “14:30 +08:00” or “14:30 UTC”.' };
  const iso = rewritten?.iso ?? null;
  const parsed = iso === null ? null : parsePartialDate(iso);
  if (!iso || !parsed)
    return {
      ok: false,
      message: iso
        ? `“${input.trim()}” is not a real date.`
        : `“${input.trim()}” is not a date. Try “2017”, “April 2017”, “2017-04-09” or “2017-04-09 14:30 +08:00”.`,
    };
  return { ok: true, value: iso, precision: parsed.precision, label: formatPartialDate(iso) };
}

/**
 * A stored partial date as a person would type it, so a field shows "2017-04-09 14:30 +08:00" rather than
 * the storage form "2017-04-09T14:30+08:00"; parseDateInput reads it back to the same value.
 */
export function dateInputText(stored: string | null | undefined): string {
  if (stored === null || stored === undefined) return '';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:\d{2})$/.exec(stored);
  if (!match) return stored;
  return `${match[1]} ${match[2]} ${match[3] === 'Z' ? 'UTC' : match[3]}`;
}
