import type { RequestOf, SourceSort } from '../../../shared/contract/procedures.ts';
import type { SourceKind } from '../../../shared/domain/case-document.ts';
import type { ReliabilityGrade } from '../../../shared/domain/admiralty.ts';

/** What the library list is narrowed to; '' means "any". */
export interface LibraryFilters {
  readonly query: string;
  readonly kind: SourceKind | '';
  readonly publisher: string;
  readonly language: string;
  readonly reliability: ReliabilityGrade | '';
  readonly credibility: string;
  readonly hasSnapshot: boolean;
  readonly notCited: boolean;
  readonly sort: SourceSort;
}

export const NO_LIBRARY_FILTERS: LibraryFilters = {
  query: '',
  kind: '',
  publisher: '',
  language: '',
  reliability: '',
  credibility: '',
  hasSnapshot: false,
  notCited: false,
  sort: 'added',
};

export const SORT_LABELS: Readonly<Record<SourceSort, string>> = {
  added: 'Date added',
  published: 'Published (newest)',
  'published-oldest': 'Published (oldest)',
  title: 'Title',
};

/** How many filters narrow the list (the search text and the sort are not counted). */
export function activeLibraryFilterCount(filters: LibraryFilters): number {
  return [
    filters.kind !== '',
    filters.publisher !== '',
    filters.language !== '',
    filters.reliability !== '',
    filters.credibility !== '',
    filters.hasSnapshot,
    filters.notCited,
  ].filter(Boolean).length;
}

export function isNarrowed(filters: LibraryFilters): boolean {
  return filters.query.trim() !== '' || activeLibraryFilterCount(filters) > 0;
}

/** The sources.list request for these filters, one page of `limit` rows from `offset`. */
export function sourceListRequest(filters: LibraryFilters, limit: number, offset = 0): RequestOf<'sources.list'> {
  const query = filters.query.trim();
  return {
    ...(query !== '' && { query }),
    ...(filters.kind !== '' && { kind: filters.kind }),
    ...(filters.publisher !== '' && { publisher: filters.publisher }),
    ...(filters.language !== '' && { language: filters.language }),
    ...(filters.reliability !== '' && { reliability: filters.reliability }),
    ...(filters.credibility !== '' && { credibility: Number(filters.credibility) }),
    ...(filters.hasSnapshot && { hasSnapshot: true }),
    ...(filters.notCited && { notCited: true }),
    sort: filters.sort,
    limit,
    offset,
  };
}

/** "37 sources", "1 source", "3 of 37 sources match". */
export function countLine(shown: number, total: number, narrowed: boolean): string {
  const noun = (count: number) => (count === 1 ? 'source' : 'sources');
  if (!narrowed) return `${total.toLocaleString('en')} ${noun(total)}`;
  return `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} ${noun(total)} match`;
}
