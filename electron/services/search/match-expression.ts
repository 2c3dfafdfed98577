import { segmentForQuery } from '../../store/search-text.ts';
import type { QueryTerm } from './query-syntax.ts';

/**
 * One term as an FTS5 string: always a quoted phrase (quotes doubled), so nothing a person types is ever
 * read as FTS5 syntax; CJK runs segmented as the index stores them.
 */
function quoted(term: QueryTerm): string | null {
  const text = segmentForQuery(term.text);
  if (!/[\p{L}\p{N}\p{Co}]/u.test(text)) return null;
  return `"${text.replace(/"/g, '""')}"${term.prefix ? '*' : ''}`;
}

const present = (value: string | null): value is string => value !== null;

/**
 * The FTS5 expression for the terms: every positive term must match, none of the negated ones may.
 * Null when no positive term is left (FTS5 cannot search for "not X" alone).
 */
export function toMatchExpression(terms: readonly QueryTerm[]): string | null {
  const positive = terms
    .filter((term) => !term.negated)
    .map(quoted)
    .filter(present);
  if (positive.length === 0) return null;
  const negative = terms
    .filter((term) => term.negated)
    .map(quoted)
    .filter(present);
  const all = positive.length === 1 ? (positive[0] ?? '') : `(${positive.join(' AND ')})`;
  return negative.length === 0 ? all : `${all} NOT (${negative.join(' OR ')})`;
}

/** Each term's own FTS5 phrase, positive and negated: what bm25 would count matches of. */
export function termExpressions(terms: readonly QueryTerm[]): string[] {
  return terms.map(quoted).filter(present);
}

/**
 * Each term's words as FTS5 strings, one list per term (a phrase has several; CJK runs as bigrams).
 * Counting the rarest word of a phrase bounds what FTS5 reads to find the phrase: a phrase of common
 * words costs a walk over both words' position lists even when it matches a few rows.
 */
export function termWords(terms: readonly QueryTerm[]): string[][] {
  return terms.flatMap((term) => {
    const words = segmentForQuery(term.text)
      .split(/[^\p{L}\p{M}\p{N}\p{Co}]+/u)
      .filter((word) => word !== '');
    if (words.length === 0) return [];
    return [words.map((word, index) => `"${word}"${term.prefix && index === words.length - 1 ? '*' : ''}`)];
  });
}
