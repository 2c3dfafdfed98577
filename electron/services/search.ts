import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { inReadTransaction, type NotebookDb } from '../store/database.ts';
import { listCasesForSearch } from '../store/search-filters.ts';
import {
  caseSearchRowids,
  caseTitles,
  countMatches,
  scoredMatches,
  scopeSearchKeys,
  searchHitLabels,
  searchRows,
  searchSnippet,
  sourceSearchRowids,
  titleMatchRowids,
  type SearchRow,
} from '../store/search-index.ts';
import { allowedRows, nextCandidates, type AllowedRows } from './search/candidates.ts';
import { termExpressions, termWords, toMatchExpression } from './search/match-expression.ts';
import { isFilterOnly, parseQuery, type ParsedQuery, type QueryTerm } from './search/query-syntax.ts';
import { inScope, searchScope, type SearchScope } from './search/scope.ts';

type SearchResult = ResponseOf<'search.query'>;
type SearchHit = SearchResult['hits'][number];

export { toMatchExpression } from './search/match-expression.ts';

export const DEFAULT_SEARCH_LIMIT = 50;
/**
 * Matches are ranked by bm25 only when every word of the query matches at most this many items: bm25
 * counts all matches of each word first. Otherwise the newest matches are looked at, a chunk at a time,
 * those matching in a title first, and `truncated` says there is more.
 */
export const BM25_MAX = 1_000;
const TITLE_LENGTH = 80;

export interface SearchOptions {
  readonly limit?: number;
  readonly caseId?: string;
  readonly sourceId?: string;
}

/** The start of a text, cut at a word boundary. */
function shortLabel(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  if (line.length <= TITLE_LENGTH) return line;
  const cut = line.slice(0, TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

interface Ranked {
  /** Best first, inside the scope, one per item. */
  readonly rows: SearchRow[];
  readonly more: boolean;
}

const itemKey = (row: SearchRow) => `${row.kind === 'snapshot' ? 'source' : row.kind}:${row.itemId}`;

/** A source found in its details and in its snapshot is one hit: the better placed. */
function onePerItem(rows: readonly SearchRow[]): SearchRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = itemKey(row);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Title matches first, then the newest. */
function titlesFirst(db: NotebookDb, match: string, rowids: readonly number[]): number[] {
  if (rowids.length === 0) return [];
  const newest = [...rowids].sort((a, b) => b - a);
  const titles = new Set(titleMatchRowids(db, match, newest[newest.length - 1] ?? 0, newest[0] ?? 0));
  return [...newest.filter((rowid) => titles.has(rowid)), ...newest.filter((rowid) => !titles.has(rowid))];
}

function inOrder(rows: readonly SearchRow[], order: readonly number[]): SearchRow[] {
  const byRowid = new Map(rows.map((row) => [row.rowid, row]));
  return order.flatMap((rowid) => byRowid.get(rowid) ?? []);
}

/**
 * Whether bm25 may rank every match: it reads all matches of each term first, so each term (each
 * phrase) must be rare, and so must the rarest word of each phrase, or finding the phrase's few matches
 * walks the position lists of common words (tens of milliseconds) once to count and again to rank.
 */
function everyTermRare(db: NotebookDb, terms: readonly QueryTerm[]): boolean {
  const rare = (expression: string) => countMatches(db, expression, BM25_MAX + 1) <= BM25_MAX;
  return termWords(terms).every((words) => words.some(rare)) && termExpressions(terms).every((phrase) => rare(phrase));
}

const restricted = (scope: SearchScope) => scope.kinds !== null || scope.caseIds !== null || scope.sourceIds !== null;

/** Matches read at a time, newest first, before those matching in a title are put first. */
const CANDIDATE_CHUNK = 1_000;
/**
 * Candidates read under a filter before the filter's own index rows are looked up: a filter that keeps
 * many of the newest matches is served from these alone.
 */
const DIRECT_SCAN = 300;
/**
 * A filter's cases and sources are looked up a group at a time, newest first, until the page is full:
 * first this many, then twice as many each time, so a filter with few hits walks the word's matches a
 * handful of times at most.
 */
const FIRST_CASES = 250;
const FIRST_SOURCES = 2_000;

/** The ids in groups of `first`, then twice as many each time. */
function* growingGroups(ids: readonly string[], first: number): Generator<string[]> {
  for (let at = 0, size = first; at < ids.length; at += size, size *= 2) yield ids.slice(at, at + size);
}

/**
 * Matches inside the scope: group by group of allowed rows (or among every row), a chunk of the newest at
 * a time (titles first within a chunk), until one more item than the page holds is found or every match
 * was looked at, so a filter never hides a hit. Null when `budget` candidates were read first.
 */
function newestInScope(
  db: NotebookDb,
  match: string,
  scope: SearchScope,
  groups: Iterable<AllowedRows | null>,
  limit: number,
  budget = Number.POSITIVE_INFINITY,
): Ranked | null {
  const rows: SearchRow[] = [];
  const batchSize = limit * 2;
  const full = () => onePerItem(rows).length > limit;
  let read = 0;
  for (const allowed of groups) {
    let below = Number.MAX_SAFE_INTEGER;
    while (!full()) {
      if (read >= budget) return null;
      const chunk = nextCandidates(db, match, allowed, below, CANDIDATE_CHUNK);
      if (chunk.length === 0) break;
      below = chunk[chunk.length - 1] ?? 0;
      const order = titlesFirst(db, match, chunk);
      for (let next = 0; next < order.length && !full() && read < budget; next += batchSize) {
        const batch = order.slice(next, next + batchSize);
        read += batch.length;
        rows.push(...inOrder(searchRows(db, batch), batch).filter((row) => inScope(scope, row)));
      }
    }
    if (full()) break;
  }
  const found = onePerItem(rows);
  return { rows: found, more: found.length > limit };
}

const nothing: Ranked = { rows: [], more: false };

/**
 * Under a filter, a match set this small (a phrase of common words, a word of middling frequency) is read
 * whole and filtered in one pass, rather than looked for group by group of the filter's items.
 */
const SMALL_MATCH_SET = 5_000;
const ROWS_READ_AT_ONCE = 1_000;

function wholeMatchSet(db: NotebookDb, match: string, scope: SearchScope, limit: number): Ranked | null {
  const all = nextCandidates(db, match, null, Number.MAX_SAFE_INTEGER, SMALL_MATCH_SET + 1);
  if (all.length > SMALL_MATCH_SET) return null;
  const rows: SearchRow[] = [];
  for (let at = 0; at < all.length; at += ROWS_READ_AT_ONCE) {
    rows.push(...searchRows(db, all.slice(at, at + ROWS_READ_AT_ONCE)).filter((row) => inScope(scope, row)));
  }
  const order = titlesFirst(
    db,
    match,
    rows.map((row) => row.rowid),
  );
  const found = onePerItem(inOrder(rows, order));
  return { rows: found, more: found.length > limit };
}

const newestIdFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/**
 * The index rows a filter allows, a group of cases or sources at a time, newest ids first (ids are
 * time-ordered): looking up the items of thousands of cases costs more than a page usually needs.
 */
function* scopeGroups(db: NotebookDb, scope: SearchScope): Generator<AllowedRows> {
  const kinds = scope.kinds === null ? null : [...scope.kinds];
  if (scope.caseIds === null && scope.sourceIds === null) {
    yield allowedRows(scopeSearchKeys(db, { caseIds: null, sourceIds: null, kinds }));
    return;
  }
  if (scope.caseIds === null) yield allowedRows(scopeSearchKeys(db, { caseIds: null, sourceIds: [], kinds }));
  const cases = [...(scope.caseIds ?? [])].sort(newestIdFirst);
  for (const group of growingGroups(cases, FIRST_CASES)) {
    yield allowedRows(scopeSearchKeys(db, { caseIds: group, sourceIds: [], kinds }));
  }
  if (scope.sourceIds === null) {
    yield allowedRows(scopeSearchKeys(db, { caseIds: [], sourceIds: null, kinds }));
    return;
  }
  const sources = [...scope.sourceIds].sort(newestIdFirst);
  for (const group of growingGroups(sources, FIRST_SOURCES)) {
    yield allowedRows(scopeSearchKeys(db, { caseIds: [], sourceIds: group, kinds }));
  }
}

function rank(
  db: NotebookDb,
  { match, terms }: Searched,
  scope: SearchScope,
  options: SearchOptions,
  limit: number,
): Ranked {
  if (options.caseId !== undefined || options.sourceId !== undefined) {
    const own =
      options.caseId !== undefined
        ? caseSearchRowids(db, [options.caseId])
        : sourceSearchRowids(db, options.sourceId ?? '');
    return newestInScope(db, match, scope, [allowedRows(own)], limit) ?? nothing;
  }
  if (everyTermRare(db, terms)) {
    const rows = scoredMatches(db, match, BM25_MAX + 1)
      .filter((row) => inScope(scope, row))
      .sort((a, b) => a.score - b.score || b.rowid - a.rowid);
    return { rows: onePerItem(rows), more: false };
  }
  if (!restricted(scope)) return newestInScope(db, match, scope, [null], limit) ?? nothing;
  return (
    wholeMatchSet(db, match, scope, limit) ??
    newestInScope(db, match, scope, [null], limit, DIRECT_SCAN) ??
    newestInScope(db, match, scope, scopeGroups(db, scope), limit) ??
    nothing
  );
}

/** The FTS5 expression searched for, and the terms it was made of. */
interface Searched {
  readonly match: string;
  readonly terms: readonly QueryTerm[];
}

/** Prefixes up to this many characters are read from FTS5's prefix indexes (migration 004). */
const INDEXED_PREFIX = 3;

/**
 * The FTS5 expression of the query. A longer last word still being typed is first searched as typed:
 * when that alone finds a page of hits, its longer forms are not looked for, because FTS5 gathers every
 * match of every word with a prefix that long before it returns the first.
 */
function matchExpression(db: NotebookDb, query: ParsedQuery, limit: number): Searched | null {
  const typing = query.terms.find((term) => term.typing === true && [...term.text].length > INDEXED_PREFIX);
  if (typing) {
    const terms = query.terms.map((term) => (term === typing ? { ...term, prefix: false } : term));
    const exact = toMatchExpression(terms);
    if (exact !== null && countMatches(db, exact, limit) >= limit) return { match: exact, terms };
  }
  const match = toMatchExpression(query.terms);
  return match === null ? null : { match, terms: query.terms };
}

function toHits(db: NotebookDb, match: string, page: readonly SearchRow[]): SearchHit[] {
  const items = page.map((row) => ({ kind: row.kind === 'snapshot' ? 'source' : row.kind, id: row.itemId }));
  const labels = searchHitLabels(db, items);
  const titles = caseTitles(db, [...new Set(page.flatMap((row) => (row.caseId === null ? [] : [row.caseId])))]);
  return page.map((row, index): SearchHit => {
    const kind = (items[index]?.kind ?? row.kind) as SearchHit['kind'];
    return {
      caseId: row.caseId,
      kind,
      id: row.itemId,
      snippet: searchSnippet(db, match, row.rowid),
      caseTitle: row.caseId === null ? null : (titles.get(row.caseId) ?? null),
      title: shortLabel(labels.get(`${kind}:${row.itemId}`) ?? ''),
      inSnapshot: row.kind === 'snapshot',
    };
  });
}

function listFilteredCases(
  db: NotebookDb,
  query: ParsedQuery,
  scope: SearchScope,
  limit: number,
  warnings: string[],
): SearchResult {
  if (query.kinds && !query.kinds.has('case')) {
    warnings.push('Filters without words list cases; type a word to search the other kinds of items.');
  }
  const among = scope.caseIds === null ? null : [...scope.caseIds];
  const cases = listCasesForSearch(db, among, limit + 1 + scope.excludedCaseIds.size).filter(
    (c) => !scope.excludedCaseIds.has(c.id),
  );
  const hits = cases.slice(0, limit).map((c): SearchHit => ({
    caseId: c.id,
    kind: 'case',
    id: c.id,
    snippet: shortLabel(c.summary),
    caseTitle: c.title,
    title: shortLabel(c.title),
    inSnapshot: false,
  }));
  return { hits, truncated: cases.length > limit, warnings };
}

function run(db: NotebookDb, text: string, options: SearchOptions): SearchResult {
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  const query = parseQuery(text);
  const scope = searchScope(db, query);
  const warnings = [...query.warnings, ...scope.warnings];
  const searched = matchExpression(db, query, limit);
  if (searched === null) {
    if (query.terms.some((term) => term.negated)) warnings.push('Add a word to search for: -word only removes hits.');
    if (isFilterOnly(query) && options.caseId === undefined && options.sourceId === undefined) {
      return listFilteredCases(db, query, scope, limit, warnings);
    }
    return { hits: [], truncated: false, warnings };
  }
  const ranked = rank(db, searched, scope, options, limit);
  const page = ranked.rows.slice(0, limit);
  return { hits: toHits(db, searched.match, page), truncated: ranked.more || ranked.rows.length > limit, warnings };
}

/** Full-text search over every live case, item and source of the notebook, best match first. */
export function searchNotebook(db: NotebookDb, query: string, options: SearchOptions | number = {}): SearchResult {
  const resolved = typeof options === 'number' ? { limit: options } : options;
  return inReadTransaction(db, () => run(db, query, resolved));
}

export function searchQuery(db: NotebookDb, request: ParsedRequestOf<'search.query'>): SearchResult {
  return searchNotebook(db, request.query, {
    limit: request.limit,
    ...(request.caseId === undefined ? {} : { caseId: request.caseId }),
    ...(request.sourceId === undefined ? {} : { sourceId: request.sourceId }),
  });
}
