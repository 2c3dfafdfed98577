import type { TimelineEvent } from '../../../shared/domain/case-document.ts';
import { dateInputText, parseDateInput } from '../case/overview/date-input.ts';
import type { FieldCheck } from '../case-items/item-form.ts';

/** An event as its form shows it: text as typed, choices as ids ('' for none). */
export type EventValues = {
  on: string;
  approx: boolean;
  kind: string;
  title: string;
  detail: string;
  actorId: string;
  strategy: string;
  benoit: string;
  status: string;
};

export const BLANK_EVENT: EventValues = {
  on: '',
  approx: false,
  kind: 'other',
  title: '',
  detail: '',
  actorId: '',
  strategy: '',
  benoit: '',
  status: 'confirmed',
};

export function eventValues(event: TimelineEvent): EventValues {
  return {
    on: dateInputText(event.on),
    approx: event.approx,
    kind: event.kind,
    title: event.title,
    detail: event.detail ?? '',
    actorId: event.actorId ?? '',
    strategy: event.strategy ?? '',
    benoit: event.benoit ?? '',
    status: event.status,
  };
}

export function checkEventField(field: keyof EventValues, values: EventValues): FieldCheck {
  switch (field) {
    case 'on': {
      const parsed = parseDateInput(values.on);
      if (!parsed.ok) return parsed;
      if (parsed.value === null)
        return { ok: false, message: 'An event needs a date, like “2017”, “April 2017” or “2017-04-09”.' };
      return { ok: true, value: parsed.value };
    }
    case 'title':
      return values.title.trim() === ''
        ? { ok: false, message: 'Say what happened in a few words.' }
        : { ok: true, value: values.title };
    case 'detail':
    case 'actorId':
    case 'strategy':
    case 'benoit':
      return { ok: true, value: values[field].trim() === '' ? null : values[field] };
    default:
      return { ok: true, value: values[field] };
  }
}

/** What a new event still needs before it can be saved, or null. */
export function missingForEvent(values: EventValues): string | null {
  const date = parseDateInput(values.on);
  const hasDate = date.ok && date.value !== null;
  const hasTitle = values.title.trim() !== '';
  if (hasDate && hasTitle) return null;
  const dateNeed = values.on.trim() === '' ? 'a date' : 'a valid date';
  if (!hasDate && !hasTitle) return `Not saved yet: add ${dateNeed} and what happened.`;
  return hasDate ? 'Not saved yet: add what happened.' : `Not saved yet: add ${dateNeed}.`;
}
