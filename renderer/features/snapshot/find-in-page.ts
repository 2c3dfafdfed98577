/** A match of the find box: where it starts and ends in a document's text nodes. */
export interface FoundRange {
  readonly startNode: Text;
  readonly startOffset: number;
  readonly endNode: Text;
  readonly endOffset: number;
}

interface TextRun {
  readonly node: Text;
  readonly start: number;
}

function textRuns(root: Node): { runs: TextRun[]; text: string } {
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const runs: TextRun[] = [];
  let text = '';
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const value = (node as Text).data;
    if (value.length === 0) continue;
    runs.push({ node: node as Text, start: text.length });
    text += value;
  }
  return { runs, text };
}

const COMBINING_MARK = /\p{M}/gu;
const IS_COMBINING_MARK = /^\p{M}$/u;
// Accents fold away in Latin and Greek only: a Japanese dakuten or a Korean jamo changes the word.
const FOLDS_ACCENTS = /[\p{Script=Latin}\p{Script=Greek}]/u;

/**
 * The text as find compares it: lower case, Latin and Greek without diacritics ("Café" and "cafe\u0301"
 * read "cafe"), with where each folded character came from, so a match maps back to the original text.
 */
export function foldForFind(value: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  let afterFoldable = false;
  for (const character of value) {
    let plain: string;
    if (character.charCodeAt(0) < 0x80) {
      plain = character.toLowerCase();
      afterFoldable = /[a-z]/i.test(character);
    } else if (FOLDS_ACCENTS.test(character)) {
      plain = character.normalize('NFD').replace(COMBINING_MARK, '').normalize('NFC').toLowerCase();
      afterFoldable = true;
    } else if (afterFoldable && IS_COMBINING_MARK.test(character)) {
      plain = '';
    } else {
      plain = character.toLowerCase();
      afterFoldable = false;
    }
    for (let i = 0; i < plain.length; i++) origin.push(index);
    folded += plain;
    index += character.length;
  }
  origin.push(value.length);
  return { folded, origin };
}

function positionOf(runs: readonly TextRun[], index: number, preferEnd: boolean): { node: Text; offset: number } {
  let low = 0;
  let high = runs.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const run = runs[middle] as TextRun;
    if (run.start < index || (!preferEnd && run.start === index)) low = middle;
    else high = middle - 1;
  }
  const run = runs[low] as TextRun;
  return { node: run.node, offset: index - run.start };
}

/**
 * Every occurrence of `query` in the text under `root`, in reading order, ignoring case and (in Latin and
 * Greek) diacritics, so "cafe" finds "Café", including matches that run across elements (a word half in <em>) and inside
 * unspaced Chinese, Japanese or Korean text. Whitespace in the query matches any run of it.
 */
export function findInPage(root: Node, query: string): FoundRange[] {
  const needle = query.trim();
  if (needle === '') return [];
  const { runs, text } = textRuns(root);
  if (runs.length === 0) return [];
  const escaped = foldForFind(needle)
    .folded.split(/\s+/)
    .filter((part) => part !== '')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  if (escaped === '') return [];
  const pattern = new RegExp(escaped, 'gu');
  const { folded: haystack, origin } = foldForFind(text);
  const found: FoundRange[] = [];
  for (const match of haystack.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    const start = positionOf(runs, origin[match.index] as number, false);
    const end = positionOf(runs, origin[match.index + match[0].length] as number, true);
    found.push({ startNode: start.node, startOffset: start.offset, endNode: end.node, endOffset: end.offset });
    if (found.length >= 5000) break;
  }
  return found;
}
