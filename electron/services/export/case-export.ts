import { ATTACHMENT_MEDIA_TYPES, type ParsedRequestOf, type ResponseOf } from '../../../shared/contract/procedures.ts';
import { getAttachment } from '../../store/attachments.ts';
import type { NotebookDb } from '../../store/database.ts';
import { readCaseExportInput } from './case-export-input.ts';
import { caseToDocx, DOCX_MEDIA_TYPE } from './docx-document.ts';
import { caseToHtml } from './html.ts';
import { caseToMarkdown } from './markdown.ts';

/** The case file in Markdown, HTML or Word (DOCX, in base64), named after the case's slug. */
export function exportCase(
  db: NotebookDb,
  request: ParsedRequestOf<'cases.export'>,
  now: Date = new Date(),
): ResponseOf<'cases.export'> {
  const options = { style: request.style, sections: request.sections };
  const exportedAt = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (request.format === 'docx') {
    const input = readCaseExportInput(db, request.id, request.style, 'text', request.redact);
    return {
      fileName: `${input.document.case.slug}.docx`,
      mediaType: DOCX_MEDIA_TYPE,
      text: '',
      base64: caseToDocx(input, options, exportedAt).toString('base64'),
    };
  }
  if (request.format === 'markdown') {
    const input = readCaseExportInput(db, request.id, request.style, 'text', request.redact);
    return {
      fileName: `${input.document.case.slug}.md`,
      mediaType: 'text/markdown; charset=utf-8',
      text: caseToMarkdown(input, options, exportedAt),
    };
  }
  const input = readCaseExportInput(db, request.id, request.style, 'html', request.redact);
  const caseId = input.document.case.id;
  const imageDataUrl = (attachmentId: string): string | null => {
    const attachment = getAttachment(db, attachmentId);
    if (!attachment || attachment.caseId !== caseId) return null;
    if (!(ATTACHMENT_MEDIA_TYPES as readonly string[]).includes(attachment.mediaType)) return null;
    return `data:${attachment.mediaType};base64,${attachment.bytes.toString('base64')}`;
  };
  return {
    fileName: `${input.document.case.slug}.html`,
    mediaType: 'text/html; charset=utf-8',
    text: caseToHtml(input, options, { imageDataUrl }),
  };
}
