import type { ParsedRequestOf } from '../../../shared/contract/procedures.ts';
import { invalid } from '../errors.ts';
import { decodePage } from '../snapshots/decode-page.ts';
import type { ArticleFormat } from './parse-article.ts';

export interface ArticleInput {
  readonly text: string;
  readonly format: ArticleFormat;
  readonly fileName: string | null;
  readonly warnings: string[];
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
};

/** The article's text and format from an import request: bytes decoded by sniffing, format from the name. */
export function readArticleInput(request: ParsedRequestOf<'cases.importArticle'>): ArticleInput {
  const fileName = request.fileName?.trim() || null;
  const extension = fileName?.match(/\.([a-z0-9]+)$/i)?.[1]?.toLowerCase() ?? null;
  const format =
    request.format ?? (extension ? FORMAT_BY_EXTENSION[extension] : undefined) ?? (fileName ? null : 'text');
  if (format === null) {
    throw invalid(
      'fileName',
      `“${fileName}” is not an article Casebook can import: use .md, .markdown, .txt, .html or .htm.`,
    );
  }
  if (request.text !== undefined) return { text: request.text, format, fileName, warnings: [] };
  const bytes = Buffer.from(request.base64 ?? '', 'base64');
  if (bytes.length === 0) throw invalid('base64', 'the file is empty.');
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.includes(0)) throw invalid('base64', `${fileName ?? 'the file'} is not a text file.`);
  const decoded = decodePage(bytes, format === 'html' ? null : 'text/plain; charset=utf-8');
  return { text: decoded.text.replace(/^\uFEFF/, ''), format, fileName, warnings: [...decoded.warnings] };
}
