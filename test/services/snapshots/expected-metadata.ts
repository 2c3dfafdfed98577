import { parsePartialDate } from '../../../shared/domain/partial-date.ts';

/** A fixture's expected-metadata.json: what Readability's own test suite expects of the page. */
export interface ExpectedMetadata {
  readonly title?: string | null;
  readonly byline?: string | null;
  readonly dir?: string | null;
  readonly lang?: string | null;
  readonly excerpt?: string | null;
  readonly siteName?: string | null;
  readonly publishedTime?: string | null;
}

const CONNECTIVES = /\b(?:by|and|with|avec|et|par)\b|[\s,;&()|.]/gi;

/**
 * A byline ("By Erin Cunningham", "Martin Untersinger (avec Damien Leloup et Morgane Tual)") against the
 * authors the source got: every author is a name written in the byline
 * (without its connecting words), and once they are all taken out
 * only connecting words and punctuation are left, so no name was lost or invented.
 */
export function bylineMismatch(byline: string, authors: readonly string[]): string | null {
  if (authors.length === 0) return `no authors for the byline "${byline}"`;
  let rest = byline;
  for (const author of authors) {
    if (/^(?:by|and|with|avec|et|par)\b|\b(?:and|et|avec)$/i.test(author))
      return `"${author}" still holds a connecting word`;
    if (!rest.includes(author)) return `"${author}" is not a name in the byline "${byline}"`;
    rest = rest.replace(author, ' ');
  }
  const leftOver = rest.replace(CONNECTIVES, '');
  return leftOver === '' ? null : `"${leftOver}" of the byline "${byline}" is in no author`;
}

/** A published time against the source's partial date: the same moment when a time is given, else the same day. */
export function publishedMismatch(expected: string, publishedOn: string | null): string | null {
  if (publishedOn === null) return `no published date; expected ${expected}`;
  const actual = parsePartialDate(publishedOn);
  const expectedInstant = Date.parse(expected);
  if (/T\d{2}:\d{2}.*(?:Z|[+-]\d{2}:?\d{2})$/.test(expected)) {
    return actual?.instant === expectedInstant ? null : `${publishedOn} is not the moment ${expected}`;
  }
  return publishedOn === expected.slice(0, 10) ? null : `${publishedOn} is not the day ${expected.slice(0, 10)}`;
}
