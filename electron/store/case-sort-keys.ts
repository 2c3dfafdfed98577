import { parsePartialDate } from '../../shared/domain/partial-date.ts';

/**
 * Keys that let SQLite order cases with plain indexes, written beside the fields they come from.
 * Migration 002 backfills them with these same functions, so they must stay stable: a change here needs a
 * migration that recomputes the stored keys.
 */

/**
 * A string whose byte order is the order of comparePartialDates: the written calendar date (a shorter,
 * less precise date sorts before the dates it contains because it is their prefix), then for a time its
 * UTC instant. No date gives '', which sorts below every date (last in the newest-first list).
 */
export function startedSortKey(startedOn: string | null): string {
  if (startedOn === null) return '';
  const parsed = parsePartialDate(startedOn);
  if (!parsed) return startedOn;
  const day = startedOn.slice(0, 10);
  return parsed.instant === null ? day : `${day} ${new Date(parsed.instant).toISOString()}`;
}

/**
 * Titles ordered and matched without regard to case or accents, in every script (SQLite's NOCASE only
 * folds ASCII): "Émile" sorts among the e's and the filter "emile" finds it. Not a full locale collation.
 */
export function titleSortKey(title: string): string {
  return title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
