/**
 * Whether a line of plain text reads as a heading: short, no closing full stop (or other sentence
 * punctuation), starting with a capital, digit or uncased letter, and not a "Did you know?"-style lead-in
 * (those introduce a fact, not a section).
 */
const LEAD_IN =
  /^(?:did\s+you\s+know|fun\s+fact|quick\s+fact|key\s+fact|fact\s+check|note|editor['’]?s\s+note|update[d]?|breaking(?:\s+news)?|tl;?\s*dr|in\s+brief|at\s+a\s+glance)\b\s*[?!:.—–-]?/i;
const MAX_HEADING_CHARS = 100;
const DANGLING =
  /\s(?:a|an|the|of|and|or|but|to|in|on|at|for|with|by|from|after|before|that|which|as|is|was|were|are)$/i;
const MAX_HEADING_WORDS = 14;

export function isLeadIn(line: string): boolean {
  return LEAD_IN.test(line.trim());
}

export function isHeadingLike(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_HEADING_CHARS) return false;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (/[.,;:!…]$/.test(text)) return false;
  if (isLeadIn(text)) return false;
  if (/^(?:[-*•–]|\d+[.)])\s/.test(text)) return false;
  if (text.includes('|')) return false;
  // A line that stops on a function word is a wrapped sentence, not a heading.
  if (DANGLING.test(text)) return false;
  // Starts with an upper-case letter, a digit, or a letter of a script without case (Chinese, Arabic…).
  return /^["“‘']?(?:\p{Lu}|\p{Lt}|\p{Nd}|\p{Lo})/u.test(text);
}
