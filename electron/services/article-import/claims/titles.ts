/**
 * A short event title from the sentence that dates it: the date's own words are dropped when they open or
 * close the sentence ("On April 9, 2017, …", "… in early January 2026"), and a long sentence is cut at a
 * clause (comma, semicolon, dash, colon) so the title stays within about 80 characters.
 */

export const TITLE_MAX = 80;

const LEADING_PREPOSITION = /(?:\b(?:on|in|by|from|since|during|until|as of|at)\s+)$/i;

function removeSpan(text: string, index: number, length: number): string {
  const before = text.slice(0, index);
  const after = text.slice(index + length);
  if (
    before.trim() === '' ||
    (LEADING_PREPOSITION.test(before) && before.replace(LEADING_PREPOSITION, '').trim() === '')
  ) {
    return after.replace(/^[\s,:;–—-]+/, '');
  }
  if (/^[\s.!?]*$/.test(after)) {
    return before.replace(LEADING_PREPOSITION, '').replace(/[\s,]+$/, '') + after.trim();
  }
  return text;
}

function cutAtClause(text: string): string {
  if (text.length <= TITLE_MAX) return text;
  const clause = /[,;:]\s|\s[–—-]\s|\s\(/g;
  let best = -1;
  for (const m of text.matchAll(clause)) {
    if (m.index > TITLE_MAX) break;
    if (m.index >= 20) best = m.index;
  }
  if (best > 0) return text.slice(0, best);
  const space = text.lastIndexOf(' ', TITLE_MAX - 1);
  return `${text.slice(0, space > 20 ? space : TITLE_MAX - 1)}…`;
}

/** `dateSpans` are the positions of the sentence's dates (from scanDates). */
export function eventTitle(sentence: string, dateSpans: readonly { index: number; length: number }[]): string {
  let text = sentence.trim();
  // Drop spans from the end first so earlier positions stay valid.
  for (const span of [...dateSpans].sort((a, b) => b.index - a.index)) text = removeSpan(text, span.index, span.length);
  text = text.replace(/\s+/g, ' ').trim();
  text = cutAtClause(text).replace(/[\s.,;:!?–—-]+$/, '');
  if (text === '') text = sentence.trim().replace(/[.!?]+$/, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
