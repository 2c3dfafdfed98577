import type { Source, SourceKind } from '../../../shared/domain/case-document.ts';
import { isPartialDate, parsePartialDate } from '../../../shared/domain/partial-date.ts';
import type { SourceFields } from '../../store/sources.ts';
import { readMarker, writeMarker, type CasebookExtras } from './casebook-marker.ts';
import type { CslDate, CslItem } from './csl-item.ts';
import { authorOf, cslNameOf } from './csl-names.ts';

/** A source as read from a reference file: everything but the id the notebook gives it. */
export type ImportedSource = Omit<SourceFields, 'id'>;

const PRESS_RELEASE = 'Press release';

/** CSL types by Casebook kind. An "other" source with an address is a web page. */
function cslTypeOf(source: Pick<Source, 'kind' | 'url'>): string {
  switch (source.kind) {
    case 'news': return 'article-newspaper';
    case 'press-release': return 'report';
    case 'social-post': return 'post';
    case 'report': return 'report';
    case 'interview': return 'interview';
    case 'academic': return 'article-journal';
    case 'other': return source.url === null ? 'document' : 'webpage';
  }
}

const KIND_BY_CSL_TYPE: Record<string, SourceKind> = {
  'article-newspaper': 'news',
  'article-magazine': 'news',
  report: 'report',
  interview: 'interview',
  post: 'social-post',
  'post-weblog': 'social-post',
  'article-journal': 'academic',
  'paper-conference': 'academic',
  book: 'academic',
  chapter: 'academic',
  thesis: 'academic',
  article: 'academic',
};

export function kindOfCslItem(item: Pick<CslItem, 'type' | 'genre'>): SourceKind {
  if (item.type === 'report' && /^press[ -]release$/i.test((item.genre ?? '').trim())) return 'press-release';
  // BibLaTeX's "@article, entrysubtype = newspaper" arrives as an article-journal with that genre.
  if (item.type === 'article-journal' && /^newspaper$/i.test((item.genre ?? '').trim())) return 'news';
  return KIND_BY_CSL_TYPE[item.type] ?? 'other';
}

/** The publisher is the periodical or site (container-title) for these types, the publisher otherwise. */
const CONTAINER_TYPES = new Set(['article-newspaper', 'article-magazine', 'article-journal', 'post', 'post-weblog', 'webpage', 'paper-conference', 'chapter']);

function dateParts(date: string | null): CslDate | undefined {
  const parsed = date === null ? null : parsePartialDate(date);
  if (!parsed) return undefined;
  const parts = [parsed.year, parsed.month, parsed.day].filter((part): part is number => part !== null);
  return { 'date-parts': [parts] };
}

/** A partial date from a CSL date at the precision it gives; null for none, undefined when unreadable. */
export function partialDateOf(date: CslDate | undefined): string | null | undefined {
  if (date === undefined) return null;
  const first = date['date-parts']?.[0];
  if (first && first.length > 0) {
    const [year, month, day] = first.map((part) => Number(part));
    const pad = (value: number) => String(value).padStart(2, '0');
    let text = String(year).padStart(4, '0');
    if (month !== undefined && !Number.isNaN(month)) text += `-${pad(month)}`;
    if (month !== undefined && day !== undefined && !Number.isNaN(day)) text += `-${pad(day)}`;
    return isPartialDate(text) ? text : undefined;
  }
  const raw = (date.raw ?? date.literal ?? '').trim();
  if (raw === '') return null;
  const iso = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$/.exec(raw);
  if (!iso) return undefined;
  return partialDateOf({ 'date-parts': [[iso[1] ?? '', ...(iso[2] ? [iso[2]] : []), ...(iso[3] ? [iso[3]] : [])]] });
}

/** The CSL-JSON item for a source; what CSL cannot say goes in the note's Casebook line. */
export function cslItemOf(source: SourceFields): CslItem {
  const type = cslTypeOf(source);
  const item: CslItem = { id: source.id, type, title: source.title };
  if (source.kind === 'press-release') item.genre = PRESS_RELEASE;
  if (source.authors.length > 0) item.author = source.authors.map(cslNameOf);
  if (source.publisher !== null) {
    if (CONTAINER_TYPES.has(type)) item['container-title'] = source.publisher;
    else item.publisher = source.publisher;
  }
  const issued = dateParts(source.publishedOn);
  if (issued) item.issued = issued;
  const accessed = dateParts(source.accessedOn);
  if (accessed) item.accessed = accessed;
  if (source.url !== null) item.URL = source.url;
  if (source.language !== null) item.language = source.language;
  const extras: CasebookExtras = { kind: source.kind };
  if (source.reliability !== null) extras.reliability = source.reliability;
  if (source.credibility !== null) extras.credibility = source.credibility;
  if (parsePartialDate(source.publishedOn ?? '')?.precision === 'time') extras.published = source.publishedOn ?? undefined;
  if (parsePartialDate(source.accessedOn ?? '')?.precision === 'time') extras.accessed = source.accessedOn ?? undefined;
  item.note = [source.note ?? '', writeMarker(extras)].filter((part) => part !== '').join('\n');
  return item;
}

const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en', american: 'en-US', british: 'en-GB', german: 'de', ngerman: 'de', french: 'fr', chinese: 'zh',
  japanese: 'ja', korean: 'ko', spanish: 'es', italian: 'it', russian: 'ru', portuguese: 'pt', dutch: 'nl',
  arabic: 'ar', hebrew: 'he', polish: 'pl', swedish: 'sv', turkish: 'tr', vietnamese: 'vi', indonesian: 'id',
};

/** A language tag from what reference managers write: "de", "en_US", "en-GB", "german", "English". */
export function languageTagOf(value: string): string | null {
  const text = value.trim().replace(/_/g, '-');
  const named = LANGUAGE_NAMES[text.toLowerCase()];
  if (named !== undefined) return named;
  return /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(text) ? text : null;
}

/** CSL fields Casebook reads (the rest are reported as not kept). */
export const MAPPED_CSL_FIELDS = new Set([
  'id', 'citation-key', 'type', 'title', 'URL', 'DOI', 'author', 'container-title', 'publisher', 'genre', 'issued',
  'accessed', 'language', 'note', '_graph', 'reporter', 'interviewer',
]);

/** A source from a CSL item; problems that do not stop the import are pushed to warnings. */
export function sourceOfCslItem(item: CslItem, label: string, warnings: string[]): ImportedSource {
  const { note: text, extras } = readMarker(typeof item.note === 'string' ? item.note : '');
  const kind = extras.kind ?? kindOfCslItem(item);
  const container = item['container-title']?.trim() || null;
  const publisher = item.publisher?.trim() || null;
  const doi = item.DOI?.trim();
  const url = item.URL?.trim() || (doi ? `https://doi.org/${doi.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')}` : null);
  const dateOf = (field: 'issued' | 'accessed', override: string | undefined): string | null => {
    if (override !== undefined) return override;
    const value = partialDateOf(item[field]);
    if (value === undefined) {
      warnings.push(`${label}: the ${field === 'issued' ? 'publication' : 'access'} date ${JSON.stringify(item[field])} is not a date Casebook reads; left empty.`);
      return null;
    }
    return value;
  };
  let language: string | null = null;
  if (typeof item.language === 'string' && item.language.trim() !== '') {
    language = languageTagOf(item.language);
    if (language === null) warnings.push(`${label}: the language "${item.language}" is not a language tag; left empty.`);
  }
  return {
    url,
    title: (item.title ?? '').trim(),
    publisher: CONTAINER_TYPES.has(item.type) ? (container ?? publisher) : (publisher ?? container),
    authors: (item.author ?? []).map(authorOf).filter((author) => author !== ''),
    kind,
    publishedOn: dateOf('issued', extras.published),
    accessedOn: dateOf('accessed', extras.accessed),
    language,
    reliability: extras.reliability ?? null,
    credibility: extras.credibility ?? null,
    note: text.trim() === '' ? null : text.trim(),
  };
}
