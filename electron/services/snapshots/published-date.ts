import { parsePartialDate } from '../../../shared/domain/partial-date.ts';

/**
 * A page's published time → a partial date at the precision the page gives (case-format.md "Dates"): a
 * time WITH an offset is kept as written; a time without one keeps only its date; "2015-03" stays a month.
 * Dates in other shapes (RFC 2822 "Fri, 24 Jul 2015 05:36:09 GMT") are kept when they name their zone.
 */
const ISO = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

export function partialDateFromPublished(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, date = '', time, zone] = iso;
    if (time === undefined || zone === undefined) return valid(date);
    return valid(`${date}T${time}${zoneOf(zone)}`) ?? valid(date);
  }
  return fromOtherShape(text);
}

function zoneOf(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'Z';
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

function valid(text: string): string | null {
  return parsePartialDate(text) ? text : null;
}

function fromOtherShape(text: string): string | null {
  const instant = Date.parse(text);
  if (Number.isNaN(instant)) return null;
  if (/\b(?:GMT|UTC|Z)\b|[+-]\d{4}\b/.test(text)) return new Date(instant).toISOString();
  // No zone: the calendar date as written is all we know, and only when the text names a day.
  if (!/\d{1,2}:\d{2}/.test(text) && /\b\d{1,2}\b/.test(text.replace(/\b\d{4}\b/, ''))) {
    const local = new Date(instant);
    const pad = (n: number) => String(n).padStart(2, '0');
    return valid(`${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`);
  }
  return null;
}
