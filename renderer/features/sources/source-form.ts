import type { RequestOf } from '../../../shared/contract/procedures.ts';
import { SOURCE_KINDS } from '../../../shared/domain/case-document.ts';
import type { SourceKind } from '../../../shared/domain/case-document.ts';
import { normalizeUrl } from '../../../shared/domain/url.ts';
import { parseDateInput } from '../case/overview/date-input.ts';

/** What a person typed into the "Add source" form, before it is checked. */
export interface SourceDraft {
  readonly title: string;
  readonly url: string;
  readonly publisher: string;
  readonly authors: string;
  readonly kind: SourceKind;
  readonly publishedOn: string;
  readonly language: string;
}

export const EMPTY_SOURCE_DRAFT: SourceDraft = {
  title: '',
  url: '',
  publisher: '',
  authors: '',
  kind: 'news',
  publishedOn: '',
  language: '',
};

export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  news: 'News article',
  'press-release': 'Press release',
  'social-post': 'Social media post',
  report: 'Report',
  interview: 'Interview',
  academic: 'Academic paper',
  other: 'Other',
};
export { SOURCE_KINDS };

export type SourceFieldName = 'title' | 'url' | 'publishedOn' | 'language';
export type SourceFields = RequestOf<'sources.create'>['fields'];
export type SourceDraftCheck =
  | { readonly ok: true; readonly fields: SourceFields }
  | { readonly ok: false; readonly errors: Partial<Record<SourceFieldName, string>> };

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** Names separated by semicolons or new lines; commas when there is neither ("Wu Lan, Li Wei"). */
export function splitAuthors(text: string): string[] {
  const separator = /[;\n]/.test(text) ? /[;\n]/ : /,/;
  return text
    .split(separator)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** Checks the draft; on success returns the fields for sources.create. */
export function checkSourceDraft(draft: SourceDraft): SourceDraftCheck {
  const errors: Partial<Record<SourceFieldName, string>> = {};
  const title = draft.title.trim();
  if (title === '') errors.title = 'Give the source a title.';
  const url = orNull(draft.url);
  if (url !== null && normalizeUrl(url) === null)
    errors.url = `“${url}” is not a web address. Use one that starts with https:// or http://.`;
  const date = parseDateInput(draft.publishedOn);
  if (!date.ok) errors.publishedOn = date.message;
  const language = orNull(draft.language);
  if (language !== null && !LANGUAGE_TAG.test(language))
    errors.language = `“${language}” is not a language tag like “zh” or “en-GB”.`;
  if (Object.keys(errors).length > 0 || !date.ok) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      title,
      url,
      publisher: orNull(draft.publisher),
      authors: splitAuthors(draft.authors),
      kind: draft.kind,
      publishedOn: date.value,
      language,
    },
  };
}
