import { errorMessage, mutate } from '../../api.ts';

/** A locator is short text: a long passage is cited by its opening words. */
const MAX_LOCATOR_CHARS = 1000;

export function locatorOf(passage: string): string {
  const flat = passage.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_LOCATOR_CHARS ? flat : `${flat.slice(0, MAX_LOCATOR_CHARS - 1).trimEnd()}…`;
}

export type CitableKind = 'issueRow' | 'event';

/**
 * Creates a quote of `passage` in the case, citing the source with the passage as locator. Two writes:
 * when the citation fails the quote stays (it is the person's text) and the error says so.
 */
export async function quotePassage(options: {
  caseId: string;
  sourceId: string;
  sourceTitle: string;
  passage: string;
  language: string | null;
}): Promise<{ quoteId: string }> {
  const quote = await mutate('quotes.create', {
    caseId: options.caseId,
    fields: { text: options.passage, verbatim: true, ...(options.language ? { language: options.language } : {}) },
  });
  try {
    await mutate('citations.add', {
      target: { kind: 'quote', id: quote.id },
      citation: { sourceId: options.sourceId, locator: locatorOf(options.passage) },
    });
  } catch (error) {
    throw new Error(
      `The quote was added, but it could not cite “${options.sourceTitle}”: ${errorMessage(error)} Add the citation from the quote's row.`,
      { cause: error },
    );
  }
  return { quoteId: quote.id };
}

/** Cites the source from an issue row or event, with the passage as locator. */
export async function citePassage(options: {
  kind: CitableKind;
  itemId: string;
  sourceId: string;
  passage: string;
}): Promise<void> {
  await mutate('citations.add', {
    target: { kind: options.kind, id: options.itemId },
    citation: { sourceId: options.sourceId, locator: locatorOf(options.passage) },
  });
}
