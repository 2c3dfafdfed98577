import type { EvidenceProblem } from '../../../shared/contract/procedures.ts';
import type { TableName } from '../../../shared/contract/tables.ts';

/** Every write that can change the evidence check's answer. */
export const EVIDENCE_TABLES: readonly TableName[] = [
  'cases',
  'narratives',
  'issue_rows',
  'events',
  'quotes',
  'facts',
  'citations',
  'conflicts',
  'sources',
  'trash',
];

type ProblemKind = EvidenceProblem['kind'];

/** The groups in the order a person fixes them, with plain-language headings. */
export const PROBLEM_GROUPS: readonly { readonly kind: ProblemKind; readonly heading: string }[] = [
  { kind: 'unsupported', heading: 'Claims with no source' },
  { kind: 'single-source', heading: 'Claims with a single source' },
  { kind: 'conflicting', heading: 'Conflicting claims' },
  { kind: 'no-snapshot', heading: 'Sources without a snapshot' },
  { kind: 'snapshot-mismatch', heading: 'Snapshots that changed' },
  { kind: 'foreign-key', heading: 'Broken links inside the notebook' },
];

export function groupProblems(problems: readonly EvidenceProblem[]): Map<ProblemKind, EvidenceProblem[]> {
  const groups = new Map<ProblemKind, EvidenceProblem[]>();
  for (const problem of problems) {
    const group = groups.get(problem.kind) ?? [];
    group.push(problem);
    groups.set(problem.kind, group);
  }
  return groups;
}

export function problemCount(count: number): string {
  return count === 0 ? 'No problems: every claim has its sources.' : count === 1 ? '1 problem' : `${count} problems`;
}
