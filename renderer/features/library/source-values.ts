import type { Source } from '../../../shared/domain/case-document.ts';
import { RELIABILITY_GRADES, SOURCE_KINDS } from '../../../shared/domain/case-document.ts';
import { normalizeUrl } from '../../../shared/domain/url.ts';
import { dateInputText, parseDateInput } from '../case/overview/date-input.ts';
import { splitAuthors } from '../sources/source-form.ts';

/** The library's editable fields of a source, as the person sees them in the detail form. */
export interface SourceValues {
  readonly title: string;
  readonly url: string;
  readonly publisher: string;
  readonly authors: string;
  readonly kind: string;
  readonly publishedOn: string;
  readonly accessedOn: string;
  readonly language: string;
  readonly note: string;
  readonly reliability: string;
  readonly credibility: string;
}
export type SourceField = keyof SourceValues;
export type SourceFieldCheck =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

export function sourceValues(source: Omit<Source, 'snapshot'>): SourceValues {
  return {
    title: source.title,
    url: source.url ?? '',
    publisher: source.publisher ?? '',
    authors: source.authors.join('; '),
    kind: source.kind,
    publishedOn: dateInputText(source.publishedOn),
    accessedOn: dateInputText(source.accessedOn),
    language: source.language ?? '',
    note: source.note ?? '',
    reliability: source.reliability ?? '',
    credibility: source.credibility === null ? '' : String(source.credibility),
  };
}

function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** The value sources.update stores for a field, or why what was typed cannot be stored. */
export function checkSourceField(field: SourceField, values: SourceValues): SourceFieldCheck {
  const text = values[field];
  switch (field) {
    case 'title':
      return text.trim() === '' ? { ok: false, message: 'Give the source a title.' } : { ok: true, value: text.trim() };
    case 'url': {
      const url = orNull(text);
      if (url !== null && normalizeUrl(url) === null)
        return { ok: false, message: `“${url}” is not a web address. Use one that starts with https:// or http://.` };
      return { ok: true, value: url };
    }
    case 'authors':
      return { ok: true, value: splitAuthors(text) };
    case 'kind':
      return (SOURCE_KINDS as readonly string[]).includes(text)
        ? { ok: true, value: text }
        : { ok: false, message: 'Choose a kind.' };
    case 'publishedOn':
    case 'accessedOn': {
      const date = parseDateInput(text);
      return date.ok ? { ok: true, value: date.value } : { ok: false, message: date.message };
    }
    case 'language': {
      const language = orNull(text);
      if (language !== null && !LANGUAGE_TAG.test(language))
        return { ok: false, message: `“${language}” is not a language tag like “zh” or “en-GB”.` };
      return { ok: true, value: language };
    }
    case 'reliability':
      return text === '' || (RELIABILITY_GRADES as readonly string[]).includes(text)
        ? { ok: true, value: text === '' ? null : text }
        : { ok: false, message: 'Choose a reliability grade from A to F.' };
    case 'credibility':
      return text === '' || /^[1-6]$/.test(text)
        ? { ok: true, value: text === '' ? null : Number(text) }
        : { ok: false, message: 'Choose a credibility grade from 1 to 6.' };
    case 'publisher':
    case 'note':
      return { ok: true, value: orNull(text) };
  }
}
