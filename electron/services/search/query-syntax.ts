/**
 * The search box's query syntax, parsed without ever failing:
 *   words            every word must occur (the last bare word also matches as a prefix while typing)
 *   "exact phrase"   the words next to each other, in order
 *   -word -"phrase"  excludes items that contain it
 *   prefix*          words that start with it
 *   tag:, status:, cluster:, strategy:, year:, in:   filters; a value may be quoted (tag:"data breach");
 *                    status:, cluster:, strategy:, year: and in: take several values separated by commas
 *                    (any of them); several tag: filters all apply; -filter: excludes.
 * Anything that cannot be understood becomes a warning and the rest of the query still runs.
 */

export const FILTER_NAMES = ['tag', 'status', 'cluster', 'strategy', 'year', 'in'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** What the index calls its kinds: a hit kind, or 'snapshot' for a source's captured text. */
export const INDEX_KINDS = [
  'case',
  'narrative',
  'issueRow',
  'event',
  'quote',
  'fact',
  'lesson',
  'source',
  'snapshot',
] as const;
export type IndexKind = (typeof INDEX_KINDS)[number];

export const CASE_STATUSES = ['draft', 'review', 'final'] as const;
export const CLUSTERS = ['victim', 'accidental', 'preventable'] as const;

export interface QueryTerm {
  /** The text as typed (a word, or the inside of a phrase). */
  readonly text: string;
  readonly phrase: boolean;
  readonly prefix: boolean;
  readonly negated: boolean;
  /** A prefix only because it is the last word, still being typed. */
  readonly typing?: boolean;
}

export interface YearRange {
  readonly from: number;
  readonly to: number;
}

/** One filter's accepted values; negated filters exclude what they match. */
export interface FilterClause<T> {
  readonly values: readonly T[];
  readonly negated: boolean;
}

export interface ParsedQuery {
  readonly terms: readonly QueryTerm[];
  readonly tags: readonly FilterClause<string>[];
  readonly statuses: readonly FilterClause<(typeof CASE_STATUSES)[number]>[];
  readonly clusters: readonly FilterClause<(typeof CLUSTERS)[number]>[];
  /** Strategy codes or labels as typed; the notebook's codebook resolves them. */
  readonly strategies: readonly FilterClause<string>[];
  readonly years: readonly FilterClause<YearRange>[];
  /** The kinds to search; null for every kind. */
  readonly kinds: ReadonlySet<IndexKind> | null;
  readonly warnings: readonly string[];
}

export const MAX_TERMS = 32;

const KIND_WORDS: Readonly<Record<string, readonly IndexKind[]>> = {
  case: ['case'],
  cases: ['case'],
  narrative: ['narrative'],
  narratives: ['narrative'],
  issuerow: ['issueRow'],
  issuerows: ['issueRow'],
  row: ['issueRow'],
  rows: ['issueRow'],
  issue: ['issueRow'],
  issues: ['issueRow'],
  event: ['event'],
  events: ['event'],
  timeline: ['event'],
  quote: ['quote'],
  quotes: ['quote'],
  fact: ['fact'],
  facts: ['fact'],
  figure: ['fact'],
  figures: ['fact'],
  lesson: ['lesson'],
  lessons: ['lesson'],
  source: ['source', 'snapshot'],
  sources: ['source', 'snapshot'],
  snapshot: ['snapshot'],
  snapshots: ['snapshot'],
  page: ['snapshot'],
  pages: ['snapshot'],
};

/** Words a person may type before a colon without meaning a filter (a pasted address). */
const NOT_FILTERS = new Set(['http', 'https', 'mailto', 'ftp', 'file']);

interface RawToken {
  readonly negated: boolean;
  readonly text: string;
  readonly quoted: boolean;
  readonly prefix: boolean;
  /** For name:value tokens. */
  readonly filter?: { readonly name: string; readonly value: string };
}

function readQuoted(input: string, start: number): { text: string; end: number } {
  const close = input.indexOf('"', start);
  if (close < 0) return { text: input.slice(start), end: input.length };
  return { text: input.slice(start, close), end: close + 1 };
}

function tokenize(input: string): RawToken[] {
  const tokens: RawToken[] = [];
  let at = 0;
  while (at < input.length) {
    while (at < input.length && /\s/u.test(input[at] ?? '')) at++;
    if (at >= input.length) break;
    let negated = false;
    if (input[at] === '-' && at + 1 < input.length && !/\s/u.test(input[at + 1] ?? '')) {
      negated = true;
      at++;
    }
    if (input[at] === '"') {
      const { text, end } = readQuoted(input, at + 1);
      at = end;
      let prefix = false;
      while (input[at] === '*') {
        prefix = true;
        at++;
      }
      tokens.push({ negated, text, quoted: true, prefix });
      continue;
    }
    const start = at;
    while (at < input.length && !/\s/u.test(input[at] ?? '') && input[at] !== '"') at++;
    let word = input.slice(start, at);
    const colon = word.indexOf(':');
    const name = colon > 0 ? word.slice(0, colon).toLowerCase() : '';
    if (colon > 0 && /^[a-z]+$/u.test(name) && !NOT_FILTERS.has(name)) {
      let value = word.slice(colon + 1);
      if (value === '' && input[at] === '"') {
        const quoted = readQuoted(input, at + 1);
        value = quoted.text;
        at = quoted.end;
      }
      tokens.push({ negated, text: word, quoted: false, prefix: false, filter: { name, value: value.trim() } });
      continue;
    }
    // A word glued to a quote ('black"PR') is a word, then a phrase.
    const prefix = /\*$/u.test(word);
    word = word.replace(/\*+$/u, '');
    tokens.push({ negated, text: word, quoted: false, prefix });
  }
  return tokens;
}

const hasSearchableText = (text: string) => /[\p{L}\p{N}\p{Co}]/u.test(text);
const CJK_ONLY_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC]$/u;

function listValues(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function parseYear(value: string): YearRange | null {
  const match = /^(\d{4})(?:(?:\.\.|–|-)(\d{4}))?$/u.exec(value);
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return from <= to ? { from, to } : null;
}

function oneOf<T extends string>(allowed: readonly T[], value: string): T | null {
  const lower = value.toLowerCase();
  return allowed.find((candidate) => candidate === lower) ?? null;
}

export function parseQuery(input: string): ParsedQuery {
  const warnings: string[] = [];
  const terms: QueryTerm[] = [];
  const tags: FilterClause<string>[] = [];
  const statuses: FilterClause<(typeof CASE_STATUSES)[number]>[] = [];
  const clusters: FilterClause<(typeof CLUSTERS)[number]>[] = [];
  const strategies: FilterClause<string>[] = [];
  const years: FilterClause<YearRange>[] = [];
  const included = new Set<IndexKind>();
  const excluded = new Set<IndexKind>();
  const tokens = tokenize(input.replace(/\p{Cc}/gu, ' '));

  const accept = <T>(name: string, values: string[], read: (value: string) => T | null, explain: string): T[] => {
    const accepted: T[] = [];
    for (const value of values) {
      const read_ = read(value);
      if (read_ === null) warnings.push(`${name}:${value} is not understood; ${explain}`);
      else accepted.push(read_);
    }
    return accepted;
  };

  tokens.forEach((token, index) => {
    const filter = token.filter;
    if (filter) {
      const { name, value } = filter;
      const negated = token.negated;
      if (!(FILTER_NAMES as readonly string[]).includes(name)) {
        warnings.push(
          `There is no filter called ${name}: (use ${FILTER_NAMES.map((f) => `${f}:`).join(', ')}); it was left out.`,
        );
        return;
      }
      if (value === '') {
        warnings.push(`${name}: needs a value, such as ${exampleOf(name as FilterName)}.`);
        return;
      }
      switch (name as FilterName) {
        case 'tag':
          tags.push({ values: [value], negated });
          break;
        case 'status': {
          const values = accept(
            'status',
            listValues(value),
            (v) => oneOf(CASE_STATUSES, v),
            'use draft, review or final.',
          );
          if (values.length > 0) statuses.push({ values, negated });
          break;
        }
        case 'cluster': {
          const values = accept(
            'cluster',
            listValues(value),
            (v) => oneOf(CLUSTERS, v),
            'use victim, accidental or preventable.',
          );
          if (values.length > 0) clusters.push({ values, negated });
          break;
        }
        case 'strategy': {
          const values = listValues(value);
          if (values.length > 0) strategies.push({ values, negated });
          break;
        }
        case 'year': {
          const values = accept(
            'year',
            listValues(value),
            parseYear,
            'use a year such as 2026 or a range such as 2017..2019.',
          );
          if (values.length > 0) {
            if (negated) warnings.push(`-year: is not supported; the year filter was left out.`);
            else years.push({ values, negated });
          }
          break;
        }
        case 'in': {
          const kinds = accept(
            'in',
            listValues(value),
            (v) => KIND_WORDS[v.toLowerCase()] ?? null,
            'use case, narrative, row, event, quote, fact, lesson, source or snapshot.',
          );
          for (const kind of kinds.flat()) (negated ? excluded : included).add(kind);
          break;
        }
      }
      return;
    }
    if (!hasSearchableText(token.text)) return;
    const isLast = index === tokens.length - 1;
    const typingLastWord = isLast && !token.quoted && !token.negated && !/\s$/u.test(input);
    const explicit = token.prefix || CJK_ONLY_CHAR.test(token.text.trim());
    const term = { text: token.text, phrase: token.quoted, prefix: explicit || typingLastWord, negated: token.negated };
    terms.push(typingLastWord && !explicit ? { ...term, typing: true } : term);
  });

  if (terms.length > MAX_TERMS) {
    warnings.push(`Only the first ${MAX_TERMS} words are searched.`);
    terms.length = MAX_TERMS;
  }
  let kinds: Set<IndexKind> | null = null;
  if (included.size > 0 || excluded.size > 0) {
    kinds = new Set(included.size > 0 ? included : INDEX_KINDS);
    for (const kind of excluded) kinds.delete(kind);
    if (kinds.size === 0) warnings.push('The in: filters leave no kind of item to search.');
  }
  return { terms, tags, statuses, clusters, strategies, years, kinds, warnings };
}

function exampleOf(name: FilterName): string {
  switch (name) {
    case 'tag':
      return 'tag:recall or tag:"data breach"';
    case 'status':
      return 'status:draft';
    case 'cluster':
      return 'cluster:preventable';
    case 'strategy':
      return 'strategy:apology';
    case 'year':
      return 'year:2026 or year:2017..2019';
    case 'in':
      return 'in:quote';
  }
}

/** True when the query has filters but no words: it lists the matching cases. */
export function isFilterOnly(query: ParsedQuery): boolean {
  const hasFilter =
    query.tags.length + query.statuses.length + query.clusters.length + query.strategies.length + query.years.length >
      0 || query.kinds !== null;
  return hasFilter && !query.terms.some((term) => !term.negated);
}
