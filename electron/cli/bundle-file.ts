import { readFileSync } from 'node:fs';
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

/** Extensions of imports that later versions handle; named so the message says "not yet" rather than "never". */
const PLANNED_IMPORT_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.bib', '.ris'];

/**
 * Reads one file given to `import` and checks it completely, so that a bad file among several is found
 * before anything is imported. Throws bad input (exit 1) naming the file and what is wrong.
 */
export function readBundleFile(file: string, cwd: string): BundleFile {
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.json') {
    if (PLANNED_IMPORT_EXTENSIONS.includes(extension)) {
      throw badInput(`${file}: importing ${extension} files is not supported yet (this version imports .json and .casebook.json bundles)`);
    }
    const what = extension === '' ? 'a file without an extension' : `a ${extension} file`;
    throw badInput(`${file}: cannot import ${what} (this version imports .json and .casebook.json bundles)`);
  }
  const value = parseJson(file, readText(file, path.resolve(cwd, file)));
  checkBundle(file, value);
  return { file, document: value };
}

function readText(file: string, absolutePath: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolutePath);
  } catch (error) {
    throw badInput(`${file}: ${describeReadError(error)}`);
  }
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
  if (Array.isArray(value)) throw badInput(`${file}: looks like a list of CSL-JSON sources, which this version cannot import yet`);
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
  throw badInput(`${file}: is not a Casebook bundle (its "format" is not "${CASE_FORMAT}" or "${NOTEBOOK_FORMAT}")`);
}
