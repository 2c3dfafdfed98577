import { isPartialDate } from '../../../shared/domain/partial-date.ts';
import { RELIABILITY_GRADES, SOURCE_KINDS, type Source } from '../../../shared/domain/case-document.ts';

/**
 * What Casebook knows that BibTeX, RIS and CSL cannot say (the source kind, the Admiralty grading, a
 * date with a time of day) travels in the note, as one bracketed line Zotero keeps in "Extra":
 * "[Casebook kind=news reliability=B credibility=2 published=2026-01-05T18:00+08:00]".
 */
export interface CasebookExtras {
  kind?: Source['kind'];
  reliability?: NonNullable<Source['reliability']>;
  credibility?: number;
  published?: string;
  accessed?: string;
}

const MARKER = /\s*\[Casebook((?: [a-z]+=[^\s\]]+)+)\]\s*/;

export function writeMarker(extras: CasebookExtras): string {
  const parts = Object.entries(extras)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${String(value)}`);
  return parts.length === 0 ? '' : `[Casebook ${parts.join(' ')}]`;
}

/** Splits a note into the person's text and the extras; values that do not parse are ignored. */
export function readMarker(note: string): { note: string; extras: CasebookExtras } {
  const match = MARKER.exec(note);
  if (!match) return { note, extras: {} };
  const extras: CasebookExtras = {};
  for (const pair of (match[1] ?? '').trim().split(' ')) {
    const [key, value = ''] = pair.split('=');
    if (key === 'kind' && (SOURCE_KINDS as readonly string[]).includes(value)) extras.kind = value as Source['kind'];
    if (key === 'reliability' && (RELIABILITY_GRADES as readonly string[]).includes(value))
      extras.reliability = value as NonNullable<Source['reliability']>;
    if (key === 'credibility' && /^[1-6]$/.test(value)) extras.credibility = Number(value);
    if (key === 'published' && isPartialDate(value)) extras.published = value;
    if (key === 'accessed' && isPartialDate(value)) extras.accessed = value;
  }
  const rest = `${note.slice(0, match.index)}${match.index > 0 && match.index + match[0].length < note.length ? '\n' : ''}${note.slice(match.index + match[0].length)}`;
  return { note: rest, extras };
}
