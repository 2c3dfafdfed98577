import type { Quote } from '../../../shared/domain/case-document.ts';
import { dateInputText, parseDateInput } from '../case/overview/date-input.ts';
import type { FieldCheck } from '../case-items/item-form.ts';

export type QuoteValues = {
  text: string;
  verbatim: boolean;
  speaker: string;
  actorId: string;
  on: string;
  approx: boolean;
  original: string;
  language: string;
  strategy: string;
  benoit: string;
  status: string;
};

export const BLANK_QUOTE: QuoteValues = {
  text: '',
  verbatim: true,
  speaker: '',
  actorId: '',
  on: '',
  approx: false,
  original: '',
  language: '',
  strategy: '',
  benoit: '',
  status: 'confirmed',
};

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

export function quoteValues(quote: Quote): QuoteValues {
  return {
    text: quote.text,
    verbatim: quote.verbatim,
    speaker: quote.speaker ?? '',
    actorId: quote.actorId ?? '',
    on: dateInputText(quote.on),
    approx: quote.approx,
    original: quote.original ?? '',
    language: quote.language ?? '',
    strategy: quote.strategy ?? '',
    benoit: quote.benoit ?? '',
    status: quote.status,
  };
}

export function checkQuoteField(field: keyof QuoteValues, values: QuoteValues): FieldCheck {
  switch (field) {
    case 'text':
      return values.text.trim() === ''
        ? { ok: false, message: 'A quote needs its text.' }
        : { ok: true, value: values.text };
    case 'on': {
      const parsed = parseDateInput(values.on);
      return parsed.ok ? { ok: true, value: parsed.value } : parsed;
    }
    case 'language': {
      const tag = values.language.trim();
      if (tag === '') return { ok: true, value: null };
      return LANGUAGE_TAG.test(tag)
        ? { ok: true, value: tag }
        : { ok: false, message: `“${tag}” is not a language tag. Use one like “zh”, “en” or “zh-Hant”.` };
    }
    case 'speaker':
    case 'actorId':
    case 'original':
    case 'strategy':
    case 'benoit': {
      const text = values[field];
      return { ok: true, value: text.trim() === '' ? null : field === 'speaker' ? text.trim() : text };
    }
    default:
      return { ok: true, value: values[field] };
  }
}

export function missingForQuote(values: QuoteValues): string | null {
  return values.text.trim() === '' ? 'Not saved yet: write the quote.' : null;
}
