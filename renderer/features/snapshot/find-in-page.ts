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

/** Lower case when that keeps every index in place (it does for nearly all scripts, CJK included). */
function foldCase(value: string): string {
  const folded = value.toLocaleLowerCase();
  return folded.length === value.length ? folded : value;
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
 * Every case-insensitive occurrence of `query` in the text under `root`, in reading order, including
 * matches that run across elements (a word half in <em>). Whitespace in the query matches any run of it.
 */
export function findInPage(root: Node, query: string): FoundRange[] {
  const needle = query.trim();
  if (needle === '') return [];
  const { runs, text } = textRuns(root);
  if (runs.length === 0) return [];
  const escaped = foldCase(needle)
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const pattern = new RegExp(escaped, 'gu');
  const haystack = foldCase(text);
  const found: FoundRange[] = [];
  for (const match of haystack.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    const start = positionOf(runs, match.index, false);
    const end = positionOf(runs, match.index + match[0].length, true);
    found.push({ startNode: start.node, startOffset: start.offset, endNode: end.node, endOffset: end.offset });
    if (found.length >= 5000) break;
  }
  return found;
}
