import type { CaseDocument, Citation } from '../../../shared/domain/case-document.ts';
import type { NotebookDb } from '../../store/database.ts';
import { readCaseDocument } from '../case-document.ts';
import { formatBibliography } from '../references/bibliography.ts';
import type { ExportStyle } from './export-options.ts';
import { privateNameRedactor, redactDocument } from './redaction.ts';
import { withRenamedCodeLabels } from './renamed-codes.ts';

export interface CaseExportInput {
  readonly document: CaseDocument;
  /** Bibliography entries in the chosen style: plain text, or HTML holding only <i>, <b> and <span>. */
  readonly bibliography: readonly string[];
}

/**
 * The case and its bibliography, read for one export; with redact, the names of the actors marked
 * private are replaced everywhere, the bibliography included.
 */
export function readCaseExportInput(
  db: NotebookDb,
  idOrSlug: string,
  style: ExportStyle,
  output: 'text' | 'html',
  redact = false,
): CaseExportInput {
  const document = withRenamedCodeLabels(db)(readCaseDocument(db, idOrSlug));
  const { entries } = formatBibliography(db, { caseId: document.case.id, style, output });
  if (!redact) return { document, bibliography: entries };
  const redactor = privateNameRedactor(document);
  return { document: redactDocument(document, redactor), bibliography: entries.map(redactor) };
}

/** Items a reader sees as "suggested" carry this note. */
export function statusNote(item: { status: string }): string {
  return item.status === 'suggested' ? ' (suggested)' : '';
}

export type Cited = { readonly citations: readonly Citation[] };
