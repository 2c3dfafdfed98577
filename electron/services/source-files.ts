import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { CasebookError } from '../../shared/contract/result.ts';
import type { NotebookDb } from '../store/database.ts';
import { getSourceFile } from '../store/source-files.ts';
import { getSource } from '../store/sources.ts';
import { notFound } from './errors.ts';
import type { SourceFileMediaType } from './source-file-type.ts';

/** sources.getFile: the PDF or image a source was made from, for the window to show. */
export function getSourceFileById(
  db: NotebookDb,
  request: ParsedRequestOf<'sources.getFile'>,
): ResponseOf<'sources.getFile'> {
  const found = getSource(db, request.sourceId);
  if (!found || found.deletedAt !== null) throw notFound('source', request.sourceId);
  const file = getSourceFile(db, request.sourceId);
  if (!file)
    throw new CasebookError(
      'not-found',
      `The source “${found.source.title}” has no file: it was not made from a PDF or an image.`,
    );
  return {
    sourceId: file.sourceId,
    mediaType: file.mediaType as SourceFileMediaType,
    fileName: file.fileName,
    base64: file.bytes.toString('base64'),
    altText: file.altText,
  };
}
