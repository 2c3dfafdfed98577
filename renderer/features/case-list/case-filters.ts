import type { RequestOf } from '../../../shared/contract/procedures.ts';
import type { CaseSort } from '../../../shared/contract/procedures.ts';
import type { CaseStatus } from '../../../shared/domain/case-document.ts';
import type { CrisisCluster } from '../../../shared/domain/codebook.ts';

/** What the sidebar narrows the case list to; empty strings mean "any". */
export interface CaseFilters {
  readonly query: string;
  readonly status: CaseStatus | '';
  readonly tag: string;
  readonly cluster: CrisisCluster | '';
  /** As typed; applied once it is a year (1 to 9999). */
  readonly year: string;
  readonly sort: CaseSort;
}

export const NO_FILTERS: CaseFilters = { query: '', status: '', tag: '', cluster: '', year: '', sort: 'updated' };

export const SORT_LABELS: Record<CaseSort, string> = {
  updated: 'Last updated',
  started: 'Start date',
  title: 'Title',
};

/** The year typed in the Year box, or null while it is not (yet) a year. */
export function yearOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= 1 && year <= 9999 ? year : null;
}

/** How many of the narrowing filters (not the text query or the sort) are set, for the "Filters" button. */
export function activeFilterCount(filters: CaseFilters): number {
  return [filters.status, filters.tag, filters.cluster, yearOf(filters.year) === null ? '' : 'year'].filter(
    (value) => value !== '',
  ).length;
}

type ListRequest = RequestOf<'cases.list'>;

/** The first-page request for these filters (paging adds the cursor). */
export function listRequest(filters: CaseFilters, limit: number): ListRequest {
  const query = filters.query.trim();
  const year = yearOf(filters.year);
  return {
    limit,
    sort: filters.sort,
    ...(query ? { query } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.tag ? { tag: filters.tag } : {}),
    ...(filters.cluster ? { cluster: filters.cluster } : {}),
    ...(year !== null ? { year } : {}),
  };
}
