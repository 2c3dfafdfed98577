import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describeZodError } from '../../shared/contract/result.ts';
import { CASE_FORMAT, caseDocumentSchema, NOTEBOOK_FORMAT, notebookDocumentSchema } from '../../shared/domain/case-document.ts';
import { badInput } from './errors.ts';

/** A bundle file read and checked against the casebook.case/v1 or casebook.notebook/v1 schema. */
export interface BundleFile {
  /** The file name as the user gave it, for messages. */
  readonly file: string;
  /** The parsed JSON, as written (the service parses it again when it imports). */
  readonly document: unknown;
}

/** One file given to `import`, read and told apart by its extension and (for .json) its content. */
export type ImportFile =
  | ({ readonly kind: 'bundle' } & BundleFile)
  | { readonly kind: 'references'; readonly file: string; readonly format: 'bibtex' | 'ris' | 'csl-json'; readonly text: string }
  /** A saved web page (--as-source): .html/.htm as bytes, .mhtml/.mht as the archive's bytes. */
  | { readonly kind: 'page'; readonly file: string; readonly archive: boolean; readonly bytes: Uint8Array }
  /** An article (.md, .markdown, .txt, or .html/.htm without --as-source) that becomes a draft case. */
  | { readonly kind: 'article'; readonly file: string; readonly bytes: Uint8Array };

const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt'];
const PAGE_EXTENSIONS = ['.html', '.htm', '.xhtml'];
const ARCHIVE_EXTENSIONS = ['.mhtml', '.mht'];
const SUPPORTED =
  'this version imports .md, .markdown, .txt, .html and .htm articles, .json, .casebook.json, .bib and .ris files, and .mhtml pages with --as-source';

/**
 * Reads one file given to `import` and checks what can be checked without the services, so that a bad file
 * among several is found before anything is imported. Throws bad input (exit 1) naming the file and what is wrong.
 */
export function readImportFile(file: string, cwd: string, options: { readonly asSource: boolean }): ImportFile {
  const extension = path.extname(file).toLowerCase();
  const absolutePath = path.resolve(cwd, file);
  const isPage = PAGE_EXTENSIONS.includes(extension);
  if (ARTICLE_EXTENSIONS.includes(extension) || (isPage && !options.asSource)) {
    refuseLargeArticle(file, absolutePath);
    const bytes = readBytes(file, absolutePath);
    if (bytes.length === 0) throw badInput(`${file}: is empty`);
    if (looksBinary(bytes)) throw badInput(`${file}: is not a text file (it holds binary data)`);
    return { kind: 'article', file, bytes };
  }
  if (isPage || ARCHIVE_EXTENSIONS.includes(extension)) {
    if (!options.asSource) {
      throw badInput(`${file}: a web archive becomes a source, not a case; add --as-source to add the page as a source`);
    }
    const bytes = readBytes(file, absolutePath);
    if (bytes.length === 0) throw badInput(`${file}: is empty`);
    if (!ARCHIVE_EXTENSIONS.includes(extension) && looksBinary(bytes)) throw badInput(`${file}: is not a web page (it holds binary data)`);
    return { kind: 'page', file, archive: ARCHIVE_EXTENSIONS.includes(extension), bytes };
  }
  if (extension === '.bib' || extension === '.ris') {
    const text = readText(file, absolutePath);
    if (text.trim() === '') throw badInput(`${file}: is empty`);
    return { kind: 'references', file, format: extension === '.bib' ? 'bibtex' : 'ris', text };
  }
  if (extension !== '.json') {
    const what = extension === '' ? 'a file without an extension' : `a ${extension} file`;
    throw badInput(`${file}: cannot import ${what} (${SUPPORTED})`);
  }
  const text = readText(file, absolutePath);
  const value = parseJson(file, text);
  if (isCslJson(value)) return { kind: 'references', file, format: 'csl-json', text };
  checkBundle(file, value);
  return { kind: 'bundle', file, document: value };
}

/** CSL-JSON is a list of items, or one item: an object with a "type" and no Casebook "format". */
function isCslJson(value: unknown): boolean {
  if (Array.isArray(value)) return true;
  return typeof value === 'object' && value !== null && !('format' in value) && typeof (value as { type?: unknown }).type === 'string';
}

/** The most an article may hold, as in the app; checked before the file is read. */
const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

function refuseLargeArticle(file: string, absolutePath: string): void {
  let size: number;
  try {
    size = statSync(absolutePath).size;
  } catch {
    return; // reading it says what is wrong
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw badInput(`${file}: is ${(size / (1024 * 1024)).toFixed(1)} MB; articles of up to 20 MB can be imported, so split it first`);
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return !utf16 && head.includes(0);
}

function readBytes(file: string, absolutePath: string): Buffer {
  try {
    return readFileSync(absolutePath);
  } catch (error) {
    throw badInput(`${file}: ${describeReadError(error)}`);
  }
}

function readText(file: string, absolutePath: string): string {
  const bytes = readBytes(file, absolutePath);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw badInput(`${file}: is not UTF-8 text`);
  }
}

function describeReadError(error: unknown): string {
  switch ((error as { code?: unknown }).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    default:
      return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw badInput(`${file}: is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function checkBundle(file: string, value: unknown): void {
  if (typeof value !== 'object' || value === null) throw badInput(`${file}: is not a Casebook bundle (expected a JSON object)`);
  const format = (value as { format?: unknown }).format;
  if (format === CASE_FORMAT) {
    const parsed = caseDocumentSchema.safeParse(value);
    if (!parsed.success) throw badInput(`${file}: ${describeZodError(parsed.error)}`);
    return;
  }
  if (format === NOTEBOOK_FORMAT) {
    const parsed = notebookDocumentSchema.safeParse(value);
    if (!parsed.success) throw badInput(`${file}: ${describeZodError(parsed.error)}`);
    return;
  }
  if (typeof format === 'string' && format.startsWith('casebook.')) {
    throw badInput(`${file}: is a ${format} document, which this version of Casebook cannot read`);
  }
  throw badInput(
    `${file}: is neither a Casebook bundle (its "format" is not "${CASE_FORMAT}" or "${NOTEBOOK_FORMAT}") nor CSL-JSON (an item has a "type")`,
  );
}
