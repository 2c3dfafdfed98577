/**
 * Splits article prose into sentences. Real pasted text drops spaces after full stops
 * ("criticism.Concerns"), so a stop followed straight by a capital also ends a sentence; abbreviations,
 * initials, decimals and text inside quotation marks do not.
 */

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'inc',
  'co',
  'corp',
  'ltd',
  'plc',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'gen',
  'gov',
  'sen',
  'rep',
  'approx',
  'est',
  'fig',
  'dept',
  'mt',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

function endsWithAbbreviation(text: string): boolean {
  const word = /([A-Za-z.]+)$/.exec(text)?.[1] ?? '';
  const bare = word.replace(/^\.+/, '').toLowerCase();
  if (ABBREVIATIONS.has(bare)) return true;
  // A single capital initial ("J. Smith") or a dotted acronym ("U.S").
  return /^[A-Z]$/.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
}

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  let inCurly = 0;
  let inStraight = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“') inCurly++;
    else if (ch === '”') inCurly = Math.max(0, inCurly - 1);
    else if (ch === '"') inStraight = !inStraight;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < text.length && CLOSERS.has(text[end] ?? '')) {
      if (text[end] === '”') inCurly = Math.max(0, inCurly - 1);
      if (text[end] === '"') inStraight = !inStraight;
      end++;
    }
    if (inCurly > 0 || inStraight) continue;
    const next = text[end];
    if (next === undefined) break;
    const spaced = /\s/.test(next);
    const glued = !spaced && /[A-Z]/.test(next) && ch === '.' && /[a-z]{2}$/.test(text.slice(Math.max(0, i - 2), i));
    if (!spaced && !glued) continue;
    // "“…” — Name, date": the attribution belongs to the quotation before it.
    if (/^\s*(?:—|–|--)/.test(text.slice(end))) continue;
    if (ch === '.' && endsWithAbbreviation(text.slice(start, i))) {
      if (spaced && !/\s+[A-Z“"]/.test(text.slice(end, end + 3))) continue;
      if (/\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|vs|e\.g|i\.e)$/i.test(text.slice(start, i))) continue;
      if (/(?:^|\s)[A-Z]$/.test(text.slice(start, i))) continue;
    }
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
    i = end - 1;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
