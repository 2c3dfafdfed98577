import type { Posture } from '../../../shared/domain/codebook.ts';
import type { DayZeroBasis, ResponseTimeMeasure, ResponseTimeUnit } from '../../../shared/domain/response-times.ts';
import type { OpenItemKind } from '../../app-events.ts';

export const POSTURE_LABELS: Readonly<Record<Posture, string>> = {
  deny: 'Deny',
  diminish: 'Diminish',
  rebuild: 'Rebuild',
  bolster: 'Bolster',
  base: 'Base responses',
};

export const ITEM_KIND_LABELS: Readonly<Record<Extract<OpenItemKind, 'issueRow' | 'event' | 'quote'>, string>> = {
  issueRow: 'Issue row',
  event: 'Event',
  quote: 'Quote',
};

/** What an end event of each measure is, for "no … yet". */
export const MEASURE_END_NAMES: Readonly<Record<ResponseTimeMeasure, string>> = {
  'first-response': 'response, apology or corrective action',
  apology: 'apology',
  'corrective-action': 'corrective action',
};

export const DAY_ZERO_BASIS_TEXT: Readonly<Record<DayZeroBasis, string>> = {
  trigger: 'the first trigger',
  allegation: 'the first allegation (the timeline has no trigger)',
  earliest: 'the earliest event (the timeline has no trigger or allegation)',
};

const UNIT_PRECISION: Readonly<Record<ResponseTimeUnit, string>> = {
  minutes: 'to the minute',
  days: 'in calendar days',
  months: 'in whole months',
  years: 'in whole years',
};

/** "to the minute", "in whole months, approximate". */
export function precisionText(unit: ResponseTimeUnit | null, approx: boolean): string {
  if (unit === null) return '';
  return approx ? `${UNIT_PRECISION[unit]}, approximate` : UNIT_PRECISION[unit];
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
