/**
 * Words of the narrative. Chinese and Japanese are written without spaces between words, so each Han,
 * Hiragana or Katakana character counts as one word (the usual convention of CJK word counts); Korean
 * separates words with spaces and is counted like Latin text. Citation markers ("[1]") are not words.
 */
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const CITATION_MARKER = /\[(?:\d+|\?)\]/g;
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu;

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

export function countWords(text: string): number {
  const withoutMarkers = text.replace(CITATION_MARKER, ' ');
  const cjk = countMatches(withoutMarkers, CJK_CHARACTER);
  const rest = cjk === 0 ? withoutMarkers : withoutMarkers.replace(CJK_CHARACTER, ' ');
  return cjk + countMatches(rest, WORD);
}

export function formatWordCount(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'word' : 'words'}`;
}
