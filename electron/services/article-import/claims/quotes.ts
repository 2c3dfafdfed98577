/**
 * Quotes: block quotes (speaker from their attribution, "— Name, date"), and sentences of the prose that
 * quote or report someone with an attribution: “…,” said Name / Name said “…” / “…” — Name, and reported
 * speech such as "Name said that …" or "Name apologized …, stating that …" (the whole sentence is the quote).
 * Quotation marks with no speaker (scare quotes such as “black PR”) are not quotes.
 */
import { cleanName, NAME } from './names.ts';

export interface FoundQuote {
  readonly text: string;
  readonly speaker: string | null;
}

const VERB = String.raw`(?:said|says|stated|states|told|tells|added|adds|explained|wrote|writes|noted|insisted|claimed|remarked|declared|commented|emphasi[sz]ed|acknowledged|admitted|tweeted|posted|warned|argued|asked)`;
/** Verbs that report a statement without quotation marks: "Critics asked how …" reports a question, not speech. */
const REPORTING_VERB = VERB.replace('|asked', '');
const QUOTED = /“([^”]+)”|"([^"]+)"/g;
const AFTER_VERB = new RegExp(String.raw`(?:^|[,.!?…]\s*|\s)${VERB}\s+(${NAME})`, 'gu');
const BEFORE_VERB = new RegExp(String.raw`(${NAME})(?:,\s[^,“”"]{1,80},)?\s+${VERB}\b`, 'gu');
const ACCORDING = new RegExp(String.raw`\b[Aa]ccording to (${NAME})`, 'gu');
const DASHED = /^\s*(?:—|–|--|-)\s*(\p{Lu}[^,\n]{0,60}?)\s*(?:,\s*(.*))?$/u;
const REPORTED = new RegExp(
  String.raw`^(?:[^,“”"]{1,60},\s+)?(${NAME})(?:,\s[^,“”"]{1,80},)?\s+(?:${REPORTING_VERB}(?:,)?\s+(?:that\s+)?|apologi[sz]ed\b[^.]*?,\s+(?:stating|saying|adding|explaining)\s+that\s+)`,
  'u',
);

/** Parses an attribution line such as "— Xu Jieyun, 5 January 2026" into a speaker and the rest. */
export function parseAttribution(attribution: string): { speaker: string | null; rest: string | null } {
  const text = attribution.trim();
  const dashed = DASHED.exec(text.startsWith('—') || text.startsWith('–') || text.startsWith('-') ? text : `— ${text}`);
  if (!dashed?.[1]) return { speaker: null, rest: null };
  return { speaker: cleanName(dashed[1]), rest: dashed[2]?.trim() || null };
}

function unquote(text: string): string {
  return text
    .trim()
    .replace(/^[“"]+|[”"]+$/g, '')
    .trim();
}

/** A block quote: its text (a trailing "— Name, date" line is taken as the attribution when none was given). */
export function blockQuoteClaim(
  text: string,
  attribution: string | null,
): { quote: FoundQuote; attributionRest: string | null } {
  const body = text.trim();
  if (attribution !== null) {
    const parsed = parseAttribution(attribution);
    return { quote: { text: unquote(body), speaker: parsed.speaker }, attributionRest: parsed.rest };
  }
  const trailing = /(?:\n|\s)(?:—|–|--)\s*[^\n—–]+$/.exec(body);
  const parsed = trailing ? parseAttribution(trailing[0]) : null;
  // "We tried — and failed" keeps its dash: only a name after the dash makes it an attribution.
  if (!trailing || !parsed?.speaker) return { quote: { text: unquote(body), speaker: null }, attributionRest: null };
  return {
    quote: { text: unquote(body.slice(0, trailing.index)), speaker: parsed.speaker },
    attributionRest: parsed.rest,
  };
}

function firstName(pattern: RegExp, text: string): string | null {
  for (const match of text.matchAll(pattern)) {
    const name = match[1] ? cleanName(match[1]) : null;
    if (name !== null) return name;
  }
  return null;
}

function quotedSpans(sentence: string): { text: string; index: number; end: number }[] {
  return [...sentence.matchAll(QUOTED)]
    .map((m) => ({ text: (m[1] ?? m[2] ?? '').trim(), index: m.index, end: m.index + m[0].length }))
    .filter((s) => s.text.split(/\s+/).length >= 3 || /[,.!?]$/.test(s.text));
}

/** A quote from one sentence of prose, or null when the sentence quotes nobody. */
export function sentenceQuote(sentence: string): FoundQuote | null {
  const spans = quotedSpans(sentence);
  if (spans.length > 0) {
    let outside = '';
    let last = 0;
    for (const s of spans) {
      outside += `${sentence.slice(last, s.index)} … `;
      last = s.end;
    }
    const tail = sentence.slice(last);
    outside += tail;
    const dashed = DASHED.exec(tail.trim().replace(/[.]$/, ''));
    const dashedName = dashed?.[1] ? cleanName(dashed[1]) : null;
    const speaker =
      dashedName ?? firstName(AFTER_VERB, outside) ?? firstName(BEFORE_VERB, outside) ?? firstName(ACCORDING, outside);
    if (speaker === null) return null;
    const text = spans.map((s) => s.text.replace(/,$/, '')).join(' … ');
    return { text, speaker };
  }
  const reported = REPORTED.exec(sentence);
  if (!reported?.[1]) return null;
  const speaker = cleanName(reported[1]);
  if (speaker === null) return null;
  return { text: sentence.trim(), speaker };
}
