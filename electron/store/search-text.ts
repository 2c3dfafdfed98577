/**
 * Chinese, Japanese and Korean text has no spaces between words, and FTS5's unicode61 tokenizer would make
 * a whole run of such characters one token. The index therefore stores every CJK run as overlapping
 * bigrams separated by SEGMENT_SEPARATOR ("小米公司" → "小米 米公 公司 司"), so that any two adjacent
 * characters are a token of their own. The run's last character is added as a token too, so a
 * one-character prefix query finds a character wherever it sits in a run. Queries are segmented the same
 * way, and snippets are put back together before anyone reads them.
 */

/** Invisible, and a separator for unicode61 (category Cf); removed from text before it is segmented. */
export const SEGMENT_SEPARATOR = '\u2063';

/** Marks snippet() puts around matched text; private-use characters that are removed from indexed text. */
export const RAW_MARK_START = '\uE000';
export const RAW_MARK_END = '\uE001';
export const RAW_ELLIPSIS = '\uE002';

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC`;
const CJK_RUN = new RegExp(`[${CJK}]+`, 'gu');
const CJK_CHAR = new RegExp(`^[${CJK}]$`, 'u');
const RESERVED = /[\u2063\uE000-\uE002]/gu;

export function isCjkChar(char: string): boolean {
  return CJK_CHAR.test(char);
}

export function hasCjk(text: string): boolean {
  CJK_RUN.lastIndex = 0;
  return CJK_RUN.test(text);
}

function bigrams(run: readonly string[]): string[] {
  if (run.length === 1) return [run[0] ?? ''];
  const grams: string[] = [];
  for (let index = 0; index + 1 < run.length; index++) grams.push(`${run[index]}${run[index + 1]}`);
  return grams;
}

/** The text as it is stored in the index. */
export function segmentForIndex(text: string): string {
  const clean = text.normalize('NFC').replace(RESERVED, '');
  return clean.replace(CJK_RUN, (match) => {
    const run = [...match];
    const tokens = bigrams(run);
    if (run.length > 1) tokens.push(run[run.length - 1] ?? '');
    return `${SEGMENT_SEPARATOR}${tokens.join(SEGMENT_SEPARATOR)}${SEGMENT_SEPARATOR}`;
  });
}

/**
 * A query term (a word or the text of a phrase) segmented to match the index. A run followed by more
 * words of the same phrase keeps the extra last-character token the index has there.
 */
export function segmentForQuery(term: string): string {
  const clean = term.normalize('NFC').replace(RESERVED, '');
  return clean.replace(CJK_RUN, (match, offset: number) => {
    const run = [...match];
    const tokens = bigrams(run);
    const rest = clean.slice(offset + match.length);
    if (run.length > 1 && /[\p{L}\p{N}\p{Co}]/u.test(rest)) tokens.push(run[run.length - 1] ?? '');
    return `${SEGMENT_SEPARATOR}${tokens.join(SEGMENT_SEPARATOR)}${SEGMENT_SEPARATOR}`;
  });
}

interface MarkedChar {
  readonly char: string;
  marked: boolean;
}

function splitMarked(snippet: string): MarkedChar[] {
  const chars: MarkedChar[] = [];
  let marked = false;
  for (const char of snippet) {
    if (char === RAW_MARK_START) marked = true;
    else if (char === RAW_MARK_END) marked = false;
    else chars.push({ char, marked });
  }
  return chars;
}

/** Joins the CJK tokens of one piece between separators back onto the run being rebuilt. */
function appendPiece(out: MarkedChar[], piece: MarkedChar[], continues: boolean): boolean {
  const first = piece.findIndex((c) => isCjkChar(c.char));
  if (first < 0) {
    out.push(...piece);
    return false;
  }
  let last = piece.length - 1;
  while (last > first && !isCjkChar(piece[last]?.char ?? '')) last--;
  const before = piece.slice(0, first);
  const core = piece.slice(first, last + 1);
  const after = piece.slice(last + 1);
  const previous = out[out.length - 1];
  if (continues && before.length === 0 && previous && previous.char === core[0]?.char) {
    previous.marked ||= core[0]?.marked ?? false;
    out.push(...core.slice(1).map((c) => ({ ...c })));
  } else {
    out.push(...before, ...core.map((c) => ({ ...c })));
  }
  out.push(...after);
  return after.length === 0 && core.length <= 2;
}

/**
 * Turns a snippet of segmented text back into the text a person wrote, with « and » around matched text.
 * Literal guillemets in the text become ‹ and › so that they cannot be mistaken for the marks.
 */
export function readableSnippet(snippet: string, markStart = '«', markEnd = '»'): string {
  const chars = splitMarked(snippet.replaceAll(RAW_ELLIPSIS, '…'));
  const out: MarkedChar[] = [];
  let piece: MarkedChar[] = [];
  let continues = false;
  for (const c of chars) {
    if (c.char !== SEGMENT_SEPARATOR) {
      piece.push(c);
      continue;
    }
    // A separator joins two pieces of one run when the piece before it ended the run's last bigram.
    continues = piece.length > 0 ? appendPiece(out, piece, continues) : false;
    piece = [];
  }
  if (piece.length > 0) appendPiece(out, piece, continues);
  let text = '';
  let open = false;
  for (const c of out) {
    if (c.marked !== open) {
      text += c.marked ? markStart : markEnd;
      open = c.marked;
    }
    text += c.char === '«' ? '‹' : c.char === '»' ? '›' : c.char;
  }
  return open ? text + markEnd : text;
}

/** Removes the segmentation from indexed text (for labels read from the index). */
export function unsegment(text: string): string {
  return readableSnippet(text);
}
