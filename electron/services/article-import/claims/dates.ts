/**
 * Finds calendar dates in a sentence with chrono-node and turns them into partial dates
 * ("2026", "2026-01", "2026-01-05") at the precision the text gives: a day only when the text names one.
 * Dates without a year ("July 24") take the nearest explicit year before them; vague dates ("early January
 * 2026", "in mid-February 2018", "the end of March") are month-precise and approximate. A range ("from
 * March 3 to March 5, 2019") is dated by its start, with the year written at its end. A year on its own
 * ("since 2015", "In 2025") is not a date here: it only sets the year for what follows.
 */
import * as chrono from 'chrono-node';

export interface FoundDate {
  /** Partial date: "yyyy-mm" or "yyyy-mm-dd". */
  readonly on: string;
  readonly approx: boolean;
  /** Where the date's words are in the sentence (including a vague qualifier such as "early"). */
  readonly index: number;
  readonly length: number;
  /** The year came from earlier text (or the reference date), not from the date's own words. */
  readonly yearFrom: 'text' | 'context' | 'reference';
}

export interface DateScan {
  readonly dates: FoundDate[];
  /** The last explicit year the sentence names, else the year it was given. */
  readonly year: number | null;
  readonly warnings: string[];
}

const MONTH_WORD =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const NUMERIC_DATE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/;
const VAGUE_BEFORE =
  /(?:\b(?:early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of|middle of|around|about|circa|approximately|roughly|sometime in)[\s-]*(?:in\s+)?)$/i;
const VAGUE_INSIDE = /\b(?:end|beginning|start|middle) of\b/i;
const YEAR = /(?<![\d.,$£€¥])\b(1[6-9]\d\d|20\d\d)\b(?!%|\.\d|,\d{3}|\s*(?:percent|per cent))/g;
const RANGE_JOIN = /^\s*(?:and|to|until|till|through|-|–|—)\s*$/i;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Explicit years mentioned in the text, with their positions. */
function yearMentions(text: string): { index: number; year: number }[] {
  return [...text.matchAll(YEAR)].map((m) => ({ index: m.index, year: Number(m[1]) }));
}

function isCalendarDate(result: chrono.ParsedResult, sentence: string): boolean {
  // Relative words ("today", "on Sunday") and times are not dates an article can be pinned to.
  const month = MONTH_WORD.exec(result.text);
  if (month) {
    if (!/^[A-Z]/.test(month[0])) return false;
    // "May the company recover?", "March on": a sentence-opening verb, not a month.
    const opening = result.index === 0 && /^(?:May|March)$/.test(result.text.trim());
    return !(opening && !/^\s*\d/.test(sentence.slice(result.text.length)));
  }
  return NUMERIC_DATE.test(result.text);
}

function namesDay(result: chrono.ParsedResult): boolean {
  if (!result.start.isCertain('day')) return false;
  if (NUMERIC_DATE.test(result.text)) return true;
  const withoutYear = result.text.replace(/\b\d{4}\b/g, '');
  return /\b\d{1,2}(?:st|nd|rd|th)?\b/.test(withoutYear);
}

/**
 * Scans one sentence. `year` is the nearest explicit year in earlier text (null when none);
 * `referenceDate`, when given, supplies a year the text never states (with a warning).
 */
export function scanDates(sentence: string, year: number | null, referenceDate?: Date): DateScan {
  const warnings: string[] = [];
  const results = chrono.casual.parse(sentence, referenceDate ?? new Date(Date.UTC(2000, 0, 1)));
  const mentions = yearMentions(sentence);
  const dates: FoundDate[] = [];
  const calendar = results.filter((result) => isCalendarDate(result, sentence));
  calendar.forEach((result, n) => {
    const before = sentence.slice(0, result.index);
    const vague = VAGUE_BEFORE.exec(before);
    const index = vague ? result.index - vague[0].length : result.index;
    const length = result.index + result.text.length - index;
    const approx = Boolean(vague) || VAGUE_INSIDE.test(result.text);
    // "early", "mid", "the end of" blur the day; "around April 9" still names one.
    const blurred =
      (vague !== null && !/^(?:around|about|circa|approximately|roughly)/i.test(vague[0])) ||
      VAGUE_INSIDE.test(result.text);
    const month = result.start.get('month');
    if (month === null) return;
    let resolvedYear: number | null = null;
    let yearFrom: FoundDate['yearFrom'] = 'text';
    if (result.start.isCertain('year')) {
      resolvedYear = result.start.get('year');
    } else {
      const next = calendar[n + 1];
      const joined =
        next?.start.isCertain('year') === true &&
        RANGE_JOIN.test(sentence.slice(result.index + result.text.length, next.index));
      const earlier = mentions.filter((m) => m.index < result.index).at(-1);
      if (result.end?.isCertain('year') === true) resolvedYear = result.end.get('year');
      else if (joined) resolvedYear = next.start.get('year');
      else if (earlier) resolvedYear = earlier.year;
      else if (year !== null) {
        resolvedYear = year;
        yearFrom = 'context';
      } else if (referenceDate) {
        resolvedYear = result.start.get('year');
        yearFrom = 'reference';
        warnings.push(`“${result.text}” gives no year and the text names none before it; assumed ${resolvedYear}.`);
      } else {
        warnings.push(`“${result.text}” gives no year and the text names none before it; no event suggested.`);
      }
    }
    if (resolvedYear === null) return;
    const day = !blurred && namesDay(result) ? result.start.get('day') : null;
    const on = day === null ? `${resolvedYear}-${pad(month)}` : `${resolvedYear}-${pad(month)}-${pad(day)}`;
    if (dates.some((d) => d.on === on)) return;
    dates.push({ on, approx, index, length, yearFrom });
  });
  const last = mentions.at(-1);
  return { dates, year: last ? last.year : year, warnings };
}
