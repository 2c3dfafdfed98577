import { CasebookError } from '../../../shared/contract/result.ts';
import type { CslDate, CslItem } from './csl-item.ts';
import { cslNameOf } from './csl-names.ts';

/**
 * RIS as Zotero writes it: "TY  - NEWS" … "ER  - ". Read and written here rather than through
 * citation-js, whose RIS reader turns the AU of a NEWS record into unparsed "reporter" strings and
 * drops its DA (the day and month), and whose writer leaves authors out of NEWS records.
 */
const TYPE_BY_RIS: Record<string, string> = {
  NEWS: 'article-newspaper', MGZN: 'article-magazine', RPRT: 'report', JOUR: 'article-journal', JFULL: 'article-journal',
  EJOUR: 'article-journal', CONF: 'paper-conference', CPAPER: 'paper-conference', BOOK: 'book', EBOOK: 'book',
  CHAP: 'chapter', ECHAP: 'chapter', THES: 'thesis', BLOG: 'post-weblog', ICOMM: 'post', ELEC: 'webpage',
  WEB: 'webpage', PCOMM: 'personal_communication', GEN: 'document',
};
const RIS_BY_TYPE: Record<string, string> = {
  'article-newspaper': 'NEWS', report: 'RPRT', 'article-journal': 'JOUR', post: 'ICOMM', webpage: 'ELEC',
  interview: 'GEN', document: 'GEN',
};

const TAG_LINE = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/;
const READ_TAGS = new Set(['TY', 'ER', 'ID', 'TI', 'T1', 'AU', 'A1', 'T2', 'JO', 'JF', 'BT', 'PB', 'PY', 'Y1', 'DA', 'Y2', 'UR', 'LA', 'N1', 'DO', 'M3']);

function risDate(value: string): CslDate | undefined {
  const parts = value.split('/').map((part) => part.trim());
  const numbers: number[] = [];
  for (const part of parts.slice(0, 3)) {
    if (!/^\d+$/.test(part)) break;
    numbers.push(Number(part));
  }
  return numbers.length > 0 ? { 'date-parts': [numbers] } : { raw: value };
}

export interface RisRecord {
  readonly line: number;
  readonly item: CslItem;
  readonly unkept: string[];
}

/** Parses RIS text; a malformed file throws naming the line. */
export function parseRis(text: string): RisRecord[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const records: RisRecord[] = [];
  let current: { line: number; tags: [string, string][] } | null = null;
  const bad = (line: number, message: string) => new CasebookError('invalid-request', `RIS, line ${line}: ${message}`);
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.replace(/\s+$/, '');
    const match = TAG_LINE.exec(line);
    if (!match) {
      if (line.trim() === '') return;
      if (current === null) throw bad(lineNumber, `expected a "TY  - " line to start a record, found ${JSON.stringify(line.slice(0, 40))}.`);
      const last = current.tags.at(-1);
      if (last) last[1] += `\n${line.trim()}`;
      return;
    }
    const tag = match[1] ?? '';
    const value = (match[2] ?? '').trim();
    if (tag === 'TY') {
      if (current !== null) throw bad(lineNumber, `a new record starts before the record from line ${current.line} ended with "ER  - ".`);
      if (value === '') throw bad(lineNumber, 'the TY line names no reference type.');
      current = { line: lineNumber, tags: [[tag, value]] };
      return;
    }
    if (current === null) throw bad(lineNumber, `the ${tag} line is outside a record (records start with "TY  - ").`);
    if (tag === 'ER') {
      records.push(recordOf(current.line, current.tags));
      current = null;
      return;
    }
    current.tags.push([tag, value]);
  });
  const unfinished = current as { line: number } | null;
  if (unfinished !== null) throw bad(unfinished.line, 'this record never ends: the "ER  - " line is missing.');
  return records;
}

function recordOf(line: number, tags: [string, string][]): RisRecord {
  const all = (...names: string[]) => tags.filter(([tag]) => names.includes(tag)).map(([, value]) => value);
  const first = (...names: string[]) => all(...names).find((value) => value !== '');
  const type = first('TY') ?? 'GEN';
  const item: CslItem = { id: first('ID') ?? `ris-${line}`, type: TYPE_BY_RIS[type] ?? 'document' };
  const title = first('TI', 'T1');
  if (title) item.title = title;
  const authors = all('AU', 'A1').filter((value) => value !== '');
  if (authors.length > 0) item.author = authors.map(cslNameOf);
  const container = first('T2', 'JO', 'JF', 'BT');
  if (container) item['container-title'] = container;
  const publisher = first('PB');
  if (publisher) item.publisher = publisher;
  const issued = first('DA') ?? first('PY', 'Y1');
  if (issued) item.issued = risDate(issued);
  const accessed = first('Y2');
  if (accessed) item.accessed = risDate(accessed);
  const url = first('UR');
  if (url) item.URL = url.split(/\s+/)[0];
  const language = first('LA');
  if (language) item.language = language;
  const notes = all('N1').filter((value) => value !== '');
  if (notes.length > 0) item.note = notes.join('\n');
  const doi = first('DO');
  if (doi) item.DOI = doi;
  const genre = first('M3');
  if (genre) item.genre = genre;
  const unkept = [...new Set(tags.map(([tag]) => tag).filter((tag) => !READ_TAGS.has(tag)))];
  return { line, item, unkept };
}

function risDateOf(date: CslDate | undefined): string | undefined {
  const parts = date?.['date-parts']?.[0];
  if (!parts || parts.length === 0) return undefined;
  const [year, month, day] = parts.map((part) => String(part).padStart(2, '0'));
  return `${year}/${month ?? ''}/${day ?? ''}/`;
}

function nameText(name: NonNullable<CslItem['author']>[number]): string {
  if (name.literal !== undefined) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return [family, name.given, name.suffix].filter(Boolean).join(', ');
}

/** Writes CSL items as RIS, one tag per line; a note keeps its lines as one N1 each. */
export function formatRis(items: readonly CslItem[]): string {
  const out: string[] = [];
  const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  for (const item of items) {
    const push = (tag: string, value: string | undefined) => {
      if (value !== undefined && value.trim() !== '') out.push(`${tag}  - ${oneLine(value)}`);
    };
    push('TY', RIS_BY_TYPE[item.type] ?? 'GEN');
    push('ID', item.id);
    push('TI', item.title);
    for (const name of item.author ?? []) push('AU', nameText(name));
    push('T2', item['container-title']);
    push('PB', item.publisher);
    push('M3', item.genre);
    const issued = risDateOf(item.issued);
    push('PY', issued?.slice(0, 4));
    push('DA', issued);
    push('Y2', risDateOf(item.accessed));
    push('UR', item.URL);
    push('LA', item.language);
    for (const line of (item.note ?? '').split(/\r\n|\r|\n/)) push('N1', line);
    out.push('ER  - ', '');
  }
  return out.join('\n');
}
