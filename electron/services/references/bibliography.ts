import type { ParsedRequestOf, ResponseOf } from '../../../shared/contract/procedures.ts';
import { CasebookError } from '../../../shared/contract/result.ts';
import { formatPartialDate } from '../../../shared/domain/partial-date.ts';
import type { Source } from '../../../shared/domain/case-document.ts';
import type { NotebookDb } from '../../store/database.ts';
import { readCaseDocument } from '../case-document.ts';
import { formatCslBibliography } from './citation-js-bridge.ts';
import type { CslDate } from './csl-item.ts';
import { cslItemOf } from './csl-mapping.ts';
import { loadStyle } from './csl-styles.ts';

const ALLOWED_TAGS = new Set(['i', 'b', 'span']);
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?\/?>/g;

/**
 * citeproc's HTML reduced to plain inline formatting: <i>, <b> and <span> without attributes survive,
 * every other tag goes (its text stays). Text from citeproc is already escaped, so a "<" left over
 * means something is wrong: that is refused, never passed on.
 */
export function plainFormattingHtml(html: string): string {
  const cleaned = html
    .replace(TAG, (_tag, name: string) => {
      const lower = name.toLowerCase();
      if (lower === 'sup' || lower === 'sub') return _tag.startsWith('</') ? '</span>' : '<span>';
      if (!ALLOWED_TAGS.has(lower)) return '';
      return _tag.startsWith('</') ? `</${lower}>` : `<${lower}>`;
    })
    .trim();
  const leftover = cleaned.replace(/<\/?(i|b|span)>/g, '');
  if (/[<>]/.test(leftover)) throw new CasebookError('internal', 'A bibliography entry had markup that is not plain formatting.');
  return cleaned;
}

/** The snapshot's capture date, which no CSL variable carries, appended after the style's entry. */
function archivedNote(source: Source): string {
  if (source.snapshot === null) return '';
  return ` Archived in Casebook on ${formatPartialDate(source.snapshot.capturedAt.slice(0, 10))}.`;
}

function capturedDateParts(capturedAt: string): CslDate {
  const [year, month, day] = capturedAt.slice(0, 10).split('-').map(Number);
  return { 'date-parts': [[year ?? 0, month ?? 1, day ?? 1]] };
}

/** Formats the sources a case cites (the style decides their order) in APA 7, Chicago author-date or Harvard. */
export function formatBibliography(db: NotebookDb, request: ParsedRequestOf<'bibliography.format'>): ResponseOf<'bibliography.format'> {
  const { sources } = readCaseDocument(db, request.caseId);
  if (sources.length === 0) return { entries: [], text: '' };
  const { name, locale } = loadStyle(request.style);
  const byId = new Map(sources.map((source) => [source.id, source]));
  const items = sources.map((source) => {
    const { snapshot: _snapshot, ...fields } = source;
    const { note: _note, ...item } = cslItemOf(fields);
    // A page kept in the notebook was last read when it was captured: that is its access date, unless one was given.
    if (item.accessed === undefined && source.snapshot !== null) item.accessed = capturedDateParts(source.snapshot.capturedAt);
    return item;
  });
  const formatted = formatCslBibliography(items, { style: name, locale, format: request.output });
  const entries = formatted.map(([id, entry]) => {
    const body = request.output === 'html' ? plainFormattingHtml(entry) : entry.trim();
    const source = byId.get(id);
    return source ? `${body}${archivedNote(source)}` : body;
  });
  return { entries, text: entries.join('\n') };
}
