/**
 * Suggested quotes, facts and events from an article's text (issue 5, "Import"). Pure: the caller turns
 * them into draft items that cite the article. Text is read in the order given — paragraphs, then list
 * items, then block quotes — and a date without a year takes the nearest explicit year before it.
 */
import { scanDates } from './dates.ts';
import { guessEventKind, type EventKind } from './event-kind.ts';
import { leadInFact, leadInRemainder, sentenceFact } from './facts.ts';
import { blockQuoteClaim, sentenceQuote } from './quotes.ts';
import { splitSentences } from './sentences.ts';
import { coveredByTimeline, isTimelineSection } from './timeline.ts';
import { eventTitle } from './titles.ts';

export interface ClaimsInput {
  readonly paragraphs: readonly string[];
  readonly listItems: readonly { readonly text: string; readonly section: string | null }[];
  readonly blockQuotes: readonly { readonly text: string; readonly attribution: string | null }[];
  /** Supplies the year for a date like "July 24" when the text names no year before it. */
  readonly referenceDate?: Date;
}

export interface ClaimQuote {
  text: string;
  speaker: string | null;
  /** Partial date from the quote's own sentence or attribution; null when it gives none. */
  on: string | null;
}

export interface ClaimFact {
  statement: string;
  value: number | null;
  unit: string | null;
  origin: string | null;
}

export interface ClaimEvent {
  /** Partial date "yyyy-mm" or "yyyy-mm-dd": never a day the text does not give. */
  on: string;
  approx: boolean;
  title: string;
  kind: EventKind;
  fromTimeline: boolean;
}

export interface ExtractedClaims {
  quotes: ClaimQuote[];
  facts: ClaimFact[];
  events: ClaimEvent[];
  /** Paragraphs (as given) that open with a "Did you know?"-style lead-in; each also gave a fact. */
  leads: string[];
  warnings: string[];
}

export function extractClaims(input: ClaimsInput): ExtractedClaims {
  const out: ExtractedClaims = { quotes: [], facts: [], events: [], leads: [], warnings: [] };
  const proseEvents: ClaimEvent[] = [];
  let year: number | null = null;

  const readSentence = (sentence: string): void => {
    const scan = scanDates(sentence, year, input.referenceDate);
    year = scan.year;
    out.warnings.push(...scan.warnings);
    const quote = sentenceQuote(sentence);
    if (quote) out.quotes.push({ ...quote, on: scan.dates[0]?.on ?? null });
    const fact = sentenceFact(sentence);
    if (fact) out.facts.push({ ...fact });
    if (scan.dates.length === 0) return;
    const title = eventTitle(sentence, scan.dates);
    const kind = guessEventKind(sentence);
    for (const date of scan.dates) {
      if (proseEvents.some((e) => e.on === date.on && e.title === title)) continue;
      proseEvents.push({ on: date.on, approx: date.approx, title, kind, fromTimeline: false });
    }
  };

  for (const paragraph of input.paragraphs) {
    const lead = leadInRemainder(paragraph);
    if (lead === null) {
      splitSentences(paragraph).forEach(readSentence);
      continue;
    }
    out.leads.push(paragraph.trim());
    const [first, ...rest] = splitSentences(lead);
    if (first === undefined) {
      out.warnings.push(`The lead-in “${paragraph.trim()}” states nothing after its opener; no fact made.`);
      continue;
    }
    // Background, not part of the story's chronology: it sets the year context but makes no event.
    year = scanDates(first, year, input.referenceDate).year;
    out.facts.push(leadInFact(first));
    rest.forEach(readSentence);
  }

  const timelineEvents: ClaimEvent[] = [];
  for (const item of input.listItems) {
    if (!isTimelineSection(item.section)) {
      splitSentences(item.text).forEach(readSentence);
      continue;
    }
    const scan = scanDates(item.text, year, input.referenceDate);
    year = scan.year;
    out.warnings.push(...scan.warnings);
    const date = scan.dates[0];
    if (date === undefined) {
      out.warnings.push(`The timeline item “${item.text.trim()}” has no date the importer could read; no event made.`);
      continue;
    }
    timelineEvents.push({
      on: date.on,
      approx: date.approx,
      title: eventTitle(item.text, [date]),
      kind: guessEventKind(item.text),
      fromTimeline: true,
    });
  }

  input.blockQuotes.forEach((block, n) => {
    const { quote, attributionRest } = blockQuoteClaim(block.text, block.attribution);
    if (quote.text === '') {
      out.warnings.push(`Block quote ${n + 1} is empty; no quote made.`);
      return;
    }
    if (quote.speaker === null) out.warnings.push(`Block quote ${n + 1} names no speaker; its quote has none.`);
    const on =
      attributionRest === null ? null : (scanDates(attributionRest, year, input.referenceDate).dates[0]?.on ?? null);
    out.quotes.push({ text: quote.text, speaker: quote.speaker, on });
  });

  const timelineDates = timelineEvents.map((e) => e.on);
  out.events = [...timelineEvents, ...proseEvents.filter((e) => !coveredByTimeline(e.on, timelineDates))];
  return out;
}
