import { createHash } from 'node:crypto';
import { MAX_ATTACHMENT_BYTES, type ParsedRequestOf, type ResponseOf } from '../../shared/contract/procedures.ts';
import { CasebookError } from '../../shared/contract/result.ts';
import { getAttachment, insertAttachment } from '../store/attachments.ts';
import type { NotebookDb } from '../store/database.ts';
import { newId, nowTimestamp } from '../store/ids.ts';
import { invalid, notFound } from './errors.ts';
import { requireLiveCase } from './guards.ts';
import { IMAGE_SIGNATURES } from './image-signatures.ts';

/**
 * Stores an image of a case's narrative in the notebook. The bytes must be what the media type says
 * (checked by magic number) and at most 20 MB. Attachments stay while their case is in the trash and are
 * deleted with it when it is purged.
 */
export function addAttachment(
  db: NotebookDb,
  request: ParsedRequestOf<'attachments.add'>,
): ResponseOf<'attachments.add'> {
  requireLiveCase(db, request.caseId);
  const bytes = Buffer.from(request.base64, 'base64');
  if (bytes.toString('base64').replace(/=+$/, '') !== request.base64.replace(/=+$/, '')) {
    throw invalid('base64', 'is not base64 (its length or padding is wrong)');
  }
  if (bytes.byteLength === 0) throw invalid('base64', 'is empty');
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    throw new CasebookError(
      'too-large',
      `base64: the image is ${bytes.byteLength.toLocaleString('en')} bytes; at most ${MAX_ATTACHMENT_BYTES.toLocaleString('en')} bytes (20 MB) can be stored.`,
    );
  }
  const signature = IMAGE_SIGNATURES[request.mediaType];
  if (!signature.matches(bytes)) throw invalid('base64', `is not a ${signature.name} image`);
  const id = newId();
  insertAttachment(db, {
    id,
    caseId: request.caseId,
    fileName: request.fileName.trim() || 'image',
    mediaType: request.mediaType,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    createdAt: nowTimestamp(),
  });
  return { id, byteLength: bytes.byteLength };
}

export function getAttachmentById(
  db: NotebookDb,
  request: ParsedRequestOf<'attachments.get'>,
): ResponseOf<'attachments.get'> {
  const found = getAttachment(db, request.id);
  if (!found) throw notFound('attachment', request.id);
  return {
    id: found.id,
    mediaType: found.mediaType as ResponseOf<'attachments.get'>['mediaType'],
    base64: found.bytes.toString('base64'),
    fileName: found.fileName,
  };
}
