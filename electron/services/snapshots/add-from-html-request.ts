import type { ParsedRequestOf, ResponseOf } from '../../../shared/contract/procedures.ts';
import type { NotebookDb } from '../../store/database.ts';
import { invalid } from '../errors.ts';
import { addSourceFromHtml } from './add-from-html.ts';
import type { CaptureInput } from './capture.ts';
import { absoluteHttpUrl } from './extract-article.ts';

/** sources.addFromHtml: checks what the schema cannot, then adds the page (see addSourceFromHtml). */
export function addSourceFromHtmlRequest(
  db: NotebookDb,
  request: ParsedRequestOf<'sources.addFromHtml'>,
): ResponseOf<'sources.addFromHtml'> {
  const url = request.url?.trim() ? request.url.trim() : null;
  if (url !== null && absoluteHttpUrl(url, null) === null) {
    throw invalid('url', `"${url.slice(0, 200)}" is not an http or https address.`);
  }
  const common = { url, fileName: request.fileName ?? null, contentType: request.contentType ?? null };
  const input: CaptureInput =
    request.base64 !== undefined
      ? { ...common, bytes: Buffer.from(request.base64, 'base64') }
      : { ...common, html: request.html ?? '' };
  if (isMhtml(input, request.fileName ?? null)) {
    throw invalid(
      'fileName',
      'MHTML web archives (.mhtml, .mht) cannot be read yet; save the page as "Web page, HTML only" and add that file.',
    );
  }
  if ('bytes' in input ? input.bytes.length === 0 : input.html.trim() === '') {
    throw invalid(request.base64 !== undefined ? 'base64' : 'html', 'the page is empty.');
  }
  return addSourceFromHtml(db, input);
}

function isMhtml(input: CaptureInput, fileName: string | null): boolean {
  if (fileName && /\.mht(?:ml)?$/i.test(fileName.trim())) return true;
  const head =
    'bytes' in input ? Buffer.from(input.bytes.subarray(0, 2048)).toString('latin1') : input.html.slice(0, 2048);
  return /^\s*(?:From:.*\r?\n)?(?:[\w-]+:.*\r?\n)*MIME-Version:/i.test(head) && /multipart\/related/i.test(head);
}
