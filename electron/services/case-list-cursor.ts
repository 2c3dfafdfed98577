import type { CaseSort } from '../../shared/contract/procedures.ts';
import { CASE_SORTS } from '../../shared/contract/procedures.ts';
import type { CaseListPosition } from '../store/cases.ts';
import { invalid } from './errors.ts';

/**
 * The opaque `cursor` of cases.list: base64url of JSON {sort, key, id}, the sort key and id of the last
 * case of a page. A cursor names its order so that it cannot be replayed against another one.
 */
export function encodeCaseCursor(sort: CaseSort, position: CaseListPosition): string {
  return Buffer.from(JSON.stringify({ sort, key: position.key, id: position.id }), 'utf8').toString('base64url');
}

export function decodeCaseCursor(cursor: string, sort: CaseSort): CaseListPosition {
  const decoded = parseCursor(cursor);
  if (!decoded) throw invalid('cursor', 'is not a cursor returned by cases.list (use nextCursor of the previous page)');
  if (decoded.sort !== sort) {
    throw invalid(
      'cursor',
      `was returned for the "${decoded.sort}" order, not "${sort}"; start again from the first page`,
    );
  }
  return { key: decoded.key, id: decoded.id };
}

function parseCursor(cursor: string): { sort: CaseSort; key: string; id: string } | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { sort, key, id } = value as Record<string, unknown>;
  const knownSort = CASE_SORTS.find((candidate) => candidate === sort);
  if (knownSort === undefined || typeof key !== 'string' || typeof id !== 'string' || id === '') return null;
  return { sort: knownSort, key, id };
}
