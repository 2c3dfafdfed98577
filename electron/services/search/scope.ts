import { BENOIT_STRATEGIES, SCCT_STRATEGIES } from '../../../shared/domain/codebook.ts';
import type { NotebookDb } from '../../store/database.ts';
import {
  liveCaseIdsCodedWith,
  liveCaseIdsInCluster,
  liveCaseIdsStartedIn,
  liveCaseIdsTagged,
  liveCaseIdsWithStatus,
  liveSourceIdsPublishedIn,
  notebookStrategyNames,
  tagNamed,
  trashedCaseIds,
} from '../../store/search-filters.ts';
import type { FilterClause, IndexKind, ParsedQuery } from './query-syntax.ts';

/** Which index rows a query may return, computed once per query from its filters. */
export interface SearchScope {
  readonly kinds: ReadonlySet<IndexKind> | null;
  /** Cases whose items may be found; null for every live case. */
  readonly caseIds: ReadonlySet<string> | null;
  /** Cases whose items are never found (the trash, -filters). */
  readonly excludedCaseIds: ReadonlySet<string>;
  /** Sources that may be found; null for every live source. Empty when a case-only filter applies. */
  readonly sourceIds: ReadonlySet<string> | null;
  /** True when a filter other than in: applies. */
  readonly filtered: boolean;
  readonly warnings: readonly string[];
}

const normalize = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/gu, ' ')
    .trim();

interface StrategyCodes {
  readonly scct: string[];
  readonly benoit: string[];
}

/** Resolves a strategy as typed (an id or a label, built-in or the notebook's own) to codes. */
function strategyCodes(db: NotebookDb, values: readonly string[], warnings: string[]): StrategyCodes {
  const names = [
    ...SCCT_STRATEGIES.map((s) => ({ kind: 'scct-strategy', id: s.id, label: s.label })),
    ...BENOIT_STRATEGIES.map((s) => ({ kind: 'benoit-strategy', id: s.id, label: s.label })),
    ...notebookStrategyNames(db),
  ];
  const codes: StrategyCodes = { scct: [], benoit: [] };
  for (const value of values) {
    const wanted = normalize(value);
    const found = names.filter((name) => normalize(name.id) === wanted || normalize(name.label) === wanted);
    if (found.length === 0) {
      warnings.push(
        `strategy:${value} is not a strategy of the codebook (use an id such as apology or a label such as "Attack the accuser").`,
      );
      continue;
    }
    for (const code of found) (code.kind === 'scct-strategy' ? codes.scct : codes.benoit).push(code.id);
  }
  return codes;
}

function caseSetOf(
  db: NotebookDb,
  kind: 'tag' | 'status' | 'cluster' | 'strategy',
  clause: FilterClause<string>,
  warnings: string[],
): Set<string> | null {
  switch (kind) {
    case 'tag': {
      const name = clause.values[0] ?? '';
      const tag = tagNamed(db, name);
      if (!tag) {
        warnings.push(`No tag is called "${name}"; the tag filter was left out.`);
        return null;
      }
      return new Set(liveCaseIdsTagged(db, tag.id));
    }
    case 'status':
      return new Set(liveCaseIdsWithStatus(db, clause.values));
    case 'cluster':
      return new Set(liveCaseIdsInCluster(db, clause.values));
    case 'strategy': {
      const codes = strategyCodes(db, clause.values, warnings);
      if (codes.scct.length + codes.benoit.length === 0) return null;
      return new Set(liveCaseIdsCodedWith(db, codes.scct, codes.benoit));
    }
  }
}

const intersect = (a: Set<string> | null, b: ReadonlySet<string>): Set<string> =>
  a === null ? new Set(b) : new Set([...a].filter((id) => b.has(id)));

export function searchScope(db: NotebookDb, query: ParsedQuery): SearchScope {
  const warnings: string[] = [];
  let caseIds: Set<string> | null = null;
  const excludedCaseIds = new Set(trashedCaseIds(db));
  let caseOnly = false;
  const clauses = [
    ...query.tags.map((clause) => ['tag', clause] as const),
    ...query.statuses.map((clause) => ['status', clause] as const),
    ...query.clusters.map((clause) => ['cluster', clause] as const),
    ...query.strategies.map((clause) => ['strategy', clause] as const),
  ];
  for (const [kind, clause] of clauses) {
    const set = caseSetOf(db, kind, clause, warnings);
    if (set === null) continue;
    if (clause.negated) for (const id of set) excludedCaseIds.add(id);
    else {
      caseIds = intersect(caseIds, set);
      caseOnly = true;
    }
  }
  let sourceIds: Set<string> | null = null;
  for (const clause of query.years) {
    const cases = new Set(clause.values.flatMap((range) => liveCaseIdsStartedIn(db, range.from, range.to)));
    caseIds = intersect(caseIds, cases);
    const sources = new Set(clause.values.flatMap((range) => liveSourceIdsPublishedIn(db, range.from, range.to)));
    sourceIds = sourceIds === null ? sources : intersect(sourceIds, sources);
  }
  if (caseOnly) {
    sourceIds = new Set();
    if (query.kinds && [...query.kinds].every((kind) => kind === 'source' || kind === 'snapshot')) {
      warnings.push(
        'Sources belong to no case, so the tag:, status:, cluster: and strategy: filters leave none of them.',
      );
    }
  }
  const filtered = caseIds !== null || sourceIds !== null || excludedCaseIds.size > 0;
  return { kinds: query.kinds, caseIds, excludedCaseIds, sourceIds, filtered, warnings };
}

/** Whether an index row (a candidate) is inside the scope. */
export function inScope(scope: SearchScope, row: { kind: string; itemId: string; caseId: string | null }): boolean {
  if (scope.kinds && !scope.kinds.has(row.kind as IndexKind)) return false;
  if (row.caseId !== null) {
    if (scope.excludedCaseIds.has(row.caseId)) return false;
    return scope.caseIds === null || scope.caseIds.has(row.caseId);
  }
  return scope.sourceIds === null || scope.sourceIds.has(row.itemId);
}
