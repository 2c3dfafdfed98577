import type { ResponseOf } from '../../../shared/contract/procedures.ts';

export type SearchHit = ResponseOf<'search.query'>['hits'][number];
export type SearchHitKind = SearchHit['kind'];

/** Kinds in the order the case page shows them. */
export const KIND_ORDER: readonly SearchHitKind[] = [
  'case',
  'narrative',
  'issueRow',
  'event',
  'quote',
  'fact',
  'lesson',
  'source',
];

export const KIND_LABELS: Readonly<Record<SearchHitKind, string>> = {
  case: 'Case',
  narrative: 'Narrative',
  issueRow: 'Issue / response / impact',
  event: 'Timeline',
  quote: 'Quotes',
  fact: 'Facts',
  lesson: 'Lessons',
  source: 'Sources',
};

export const SOURCES_GROUP = 'Sources';

/** One line of the results list: a case heading, a kind heading under it, or a hit. */
export type ResultRow =
  | { readonly type: 'group'; readonly key: string; readonly label: string }
  | { readonly type: 'kind'; readonly key: string; readonly label: string }
  | {
      readonly type: 'hit';
      readonly key: string;
      readonly hit: SearchHit;
      /** Position among the hits only (what the arrow keys move through). */
      readonly hitIndex: number;
      /** Where the hit sits, for a screen reader that does not see the headings. */
      readonly context: string;
    };

export interface GroupedResults {
  readonly rows: readonly ResultRow[];
  /** Row index of each hit, by hitIndex. */
  readonly hitRows: readonly number[];
}

/**
 * Groups hits by case (in the order of each case's best hit; sources without a case in one "Sources"
 * group) and, within a case, by kind in the case page's order, keeping the service's order inside a kind.
 */
export function groupHits(hits: readonly SearchHit[]): GroupedResults {
  const groups = new Map<string, { label: string; hits: SearchHit[] }>();
  for (const hit of hits) {
    const key = hit.caseId ?? SOURCES_GROUP;
    const label = hit.caseId === null ? SOURCES_GROUP : hit.caseTitle?.trim() || 'Untitled case';
    const group = groups.get(key) ?? { label, hits: [] };
    group.hits.push(hit);
    groups.set(key, group);
  }
  const rows: ResultRow[] = [];
  const hitRows: number[] = [];
  const seen = new Set<string>();
  for (const [groupKey, group] of groups) {
    rows.push({ type: 'group', key: `group:${groupKey}`, label: group.label });
    for (const kind of KIND_ORDER) {
      const ofKind = group.hits.filter((hit) => hit.kind === kind);
      if (ofKind.length === 0) continue;
      const showKind = groupKey !== SOURCES_GROUP;
      if (showKind) rows.push({ type: 'kind', key: `kind:${groupKey}:${kind}`, label: KIND_LABELS[kind] });
      for (const hit of ofKind) {
        let key = `hit:${groupKey}:${hit.kind}:${hit.id}:${hit.inSnapshot ? 'snapshot' : 'details'}`;
        while (seen.has(key)) key += '+';
        seen.add(key);
        hitRows.push(rows.length);
        rows.push({
          type: 'hit',
          key,
          hit,
          hitIndex: hitRows.length - 1,
          context: showKind ? `${group.label}, ${KIND_LABELS[kind]}` : SOURCES_GROUP,
        });
      }
    }
  }
  return { rows, hitRows };
}
