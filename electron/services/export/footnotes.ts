import type { Citation, Source } from '../../../shared/domain/case-document.ts';
import { formatPartialDate } from '../../../shared/domain/partial-date.ts';

export interface Footnote {
  readonly number: number;
  readonly text: string;
}

export interface Footnotes {
  /** The footnote number for a citation; the same source and locator reuse one note. */
  cite(citation: Citation): number;
  list(): readonly Footnote[];
}

/** A short note naming the source: "Title. Publisher, January 2026. “locator”". */
export function footnoteText(source: Source | undefined, citation: Citation): string {
  const parts: string[] = [];
  if (source === undefined) parts.push('Source not found in this case');
  else {
    const names = source.authors.length > 0 ? `${source.authors.join(', ')}, ` : '';
    parts.push(`${names}${source.title}`);
    const where = [source.publisher, source.publishedOn === null ? null : formatPartialDate(source.publishedOn)].filter(
      (part) => part !== null,
    );
    if (where.length > 0) parts.push(where.join(', '));
    if (source.url !== null) parts.push(source.url);
  }
  const body = parts.map((part) => part.replace(/[.\s]+$/, '')).join('. ');
  return citation.locator === null || citation.locator.trim() === ''
    ? `${body}.`
    : `${body}. “${citation.locator.trim()}”`;
}

export function createFootnotes(sources: readonly Source[]): Footnotes {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const numbers = new Map<string, number>();
  const notes: Footnote[] = [];
  return {
    cite(citation) {
      const key = `${citation.sourceId}\u0000${citation.locator ?? ''}`;
      const known = numbers.get(key);
      if (known !== undefined) return known;
      const number = notes.length + 1;
      numbers.set(key, number);
      notes.push({ number, text: footnoteText(byId.get(citation.sourceId), citation) });
      return number;
    },
    list: () => notes,
  };
}
