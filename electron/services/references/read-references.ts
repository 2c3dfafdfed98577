import { CasebookError } from '../../../shared/contract/result.ts';
import { parseBiblatex } from './citation-js-bridge.ts';
import type { CslItem } from './csl-item.ts';
import { parseRis } from './ris.ts';
import { FORMAT_NAMES, type ReferenceFormat } from './reference-formats.ts';

/** One reference read from a file, with a label that finds it again ("entry 3 (muller2026)"). */
export interface ReadReference {
  readonly label: string;
  readonly item: CslItem;
  /** Fields of the file Casebook does not keep. */
  readonly unkept: string[];
}

function invalidFile(format: ReferenceFormat, message: string): CasebookError {
  return new CasebookError('invalid-request', `text: this is not valid ${FORMAT_NAMES[format]}: ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readCslJson(text: string): ReadReference[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw invalidFile('csl-json', error instanceof Error ? error.message : String(error));
  }
  const items = Array.isArray(data) ? data : [data];
  return items.map((entry, index) => {
    const label = `item ${index + 1}`;
    if (!isRecord(entry)) throw invalidFile('csl-json', `${label} is not an object.`);
    if (typeof entry.type !== 'string') throw invalidFile('csl-json', `${label} has no "type".`);
    for (const field of ['title', 'URL', 'DOI', 'container-title', 'publisher', 'genre', 'language', 'note'] as const) {
      if (entry[field] !== undefined && typeof entry[field] !== 'string')
        throw invalidFile('csl-json', `${label}: "${field}" is not a string.`);
    }
    if (entry.author !== undefined && !(Array.isArray(entry.author) && entry.author.every(isRecord)))
      throw invalidFile('csl-json', `${label}: "author" is not a list of names.`);
    for (const field of ['issued', 'accessed'] as const) {
      if (entry[field] !== undefined && !isRecord(entry[field])) throw invalidFile('csl-json', `${label}: "${field}" is not a CSL date.`);
    }
    const givenId = typeof entry.id === 'string' || typeof entry.id === 'number' ? String(entry.id) : null;
    const item = { ...entry, id: givenId ?? label } as CslItem;
    return { label: givenId === null ? label : `${label} (${givenId})`, item, unkept: [] };
  });
}

function readBibtex(text: string): ReadReference[] {
  let items: unknown[];
  try {
    items = parseBiblatex(text);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw invalidFile('bibtex', message.replace(/ at line (\d+) col (\d+):?$/, ' (line $1, column $2)'));
  }
  return items.filter(isRecord).map((entry, index) => ({
    label: `entry ${index + 1}${typeof entry.id === 'string' ? ` (${entry.id})` : ''}`,
    item: entry as CslItem,
    unkept: [],
  }));
}

/** Reads a reference file into CSL items; a malformed file throws a CasebookError naming the format and the place. */
export function readReferences(format: ReferenceFormat, text: string): ReadReference[] {
  let references: ReadReference[];
  if (format === 'csl-json') references = readCslJson(text);
  else if (format === 'bibtex') references = readBibtex(text);
  else {
    try {
      references = parseRis(text).map((record, index) => ({
        label: `record ${index + 1} (line ${record.line})`,
        item: record.item,
        unkept: record.unkept,
      }));
    } catch (error) {
      if (error instanceof CasebookError) throw invalidFile('ris', error.message.replace(/^RIS, /, ''));
      throw error;
    }
  }
  if (references.length === 0) throw invalidFile(format, 'no references found in it.');
  return references;
}
