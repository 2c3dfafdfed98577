import { acceptedMatchRowids, matchRowidsAmong, MAX_SEEKED_ROWIDS } from '../../store/search-index.ts';
import type { NotebookDb } from '../../store/database.ts';

/** The index rows a filter allows, known in full (see scopeSearchKeys). */
export interface AllowedRows {
  readonly rowids: readonly number[];
  readonly set: ReadonlySet<number>;
  readonly min: number;
  readonly max: number;
}

export function allowedRows(rowids: readonly number[]): AllowedRows {
  let min = Number.MAX_SAFE_INTEGER;
  let max = Number.MIN_SAFE_INTEGER;
  for (const rowid of rowids) {
    if (rowid < min) min = rowid;
    if (rowid > max) max = rowid;
  }
  return { rowids, set: new Set(rowids), min, max };
}

const everyRow = () => true;

/**
 * The next `want` matching rowids below `below`, newest first: among every row, or only the allowed
 * ones. Allowed rows are matched by walking FTS5's posting lists between the lowest and the highest of
 * them (rowids only), except for a handful, which are looked up one by one.
 */
export function nextCandidates(
  db: NotebookDb,
  match: string,
  allowed: AllowedRows | null,
  below: number,
  want: number,
): number[] {
  if (allowed === null) {
    return acceptedMatchRowids(db, match, { from: Number.MIN_SAFE_INTEGER, below }, everyRow, want);
  }
  if (allowed.rowids.length === 0 || allowed.min >= below) return [];
  if (allowed.rowids.length <= MAX_SEEKED_ROWIDS) {
    return matchRowidsAmong(
      db,
      match,
      allowed.rowids.filter((rowid) => rowid < below),
    ).slice(0, want);
  }
  return acceptedMatchRowids(
    db,
    match,
    { from: allowed.min, below: Math.min(below, allowed.max + 1) },
    (rowid) => allowed.set.has(rowid),
    want,
  );
}
