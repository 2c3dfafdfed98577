import { useState } from 'react';
import type { EvidenceProblem } from '../../../shared/contract/procedures.ts';
import { useQuery } from '../../api.ts';
import { dispatchAppEvent } from '../../app-events.ts';
import type { AppEventDetails, OpenItemKind } from '../../app-events.ts';
import type { Claim } from '../conflicts/claims.ts';
import { SnapshotViewer } from '../snapshot/SnapshotViewer.tsx';
import { ConflictPairs } from './ConflictPairs.tsx';
import { EVIDENCE_TABLES, groupProblems, PROBLEM_GROUPS, problemCount } from './evidence-groups.ts';
import './evidence.css';

export interface EvidenceCheckPanelProps {
  /** One case's check; without it, the whole notebook's. */
  readonly caseId?: string;
  /** Called after a problem's item was opened, so a dialog holding the panel can close. */
  readonly onNavigate?: () => void;
  /**
   * Opens an item of any case (the notebook-wide check, e.g. the library's onOpenCase). Without it the
   * panel dispatches 'casebook:open-item', which the open case page answers for its own items.
   */
  readonly onOpenItem?: (item: AppEventDetails['casebook:open-item']) => void;
}

const OPENABLE: ReadonlySet<string> = new Set<OpenItemKind>(['issueRow', 'event', 'quote', 'fact', 'narrative']);

/**
 * The evidence check: claims with no source or a single one, conflicting claims side by side, sources
 * without a snapshot and snapshots whose hash changed, each a link to what needs fixing.
 */
export function EvidenceCheckPanel({ caseId, onNavigate, onOpenItem }: EvidenceCheckPanelProps) {
  const check = useQuery('evidence.check', caseId ? { caseId } : {}, EVIDENCE_TABLES);
  const [viewing, setViewing] = useState<{ sourceId: string; caseId: string | undefined } | null>(null);

  function openItem(problemCaseId: string, kind: OpenItemKind, itemId: string | null): void {
    const item = { caseId: problemCaseId, kind, itemId };
    if (onOpenItem) onOpenItem(item);
    else dispatchAppEvent('casebook:open-item', item);
    onNavigate?.();
  }

  function openProblem(problem: EvidenceProblem): void {
    const kind = problem.itemKind ?? null;
    if (problem.kind === 'snapshot-mismatch' && problem.itemId) {
      setViewing({ sourceId: problem.itemId, caseId: problem.caseId ?? caseId });
    } else if (problem.kind === 'no-snapshot' && problem.itemId) {
      dispatchAppEvent('casebook:open-library', { sourceId: problem.itemId });
      onNavigate?.();
    } else if (problem.caseId && kind !== null && OPENABLE.has(kind)) {
      openItem(problem.caseId, kind as OpenItemKind, problem.itemId);
    }
  }

  function openClaim(claimCaseId: string, claim: Claim): void {
    openItem(claimCaseId, claim.kind, claim.id);
  }

  const problems = check.data?.problems ?? [];
  const groups = groupProblems(problems);
  const conflictCases = [...new Set((groups.get('conflicting') ?? []).map((problem) => problem.caseId ?? ''))].filter(
    (id) => id !== '',
  );

  return (
    <section
      className="evidence-panel"
      aria-label={caseId ? 'Evidence check of this case' : 'Evidence check of the notebook'}
    >
      <p role="status" className={`evidence-summary${problems.length === 0 ? ' is-clean' : ''}`}>
        {check.data === undefined
          ? check.status === 'error'
            ? ''
            : 'Checking the evidence…'
          : problemCount(problems.length)}
      </p>
      {check.status === 'error' && (
        <p role="alert" className="evidence-error">
          The evidence check could not run: {check.error.message}
        </p>
      )}
      {PROBLEM_GROUPS.map(({ kind, heading }) => {
        const group = groups.get(kind);
        if (!group) return null;
        return (
          <section key={kind} className="evidence-group" aria-label={heading}>
            <h3 className="evidence-group-heading">
              {heading} <span className="evidence-group-count">{group.length}</span>
            </h3>
            {kind === 'conflicting' && conflictCases.length > 0 ? (
              conflictCases.map((id) => (
                <ConflictPairs key={id} caseId={id} showCase={caseId === undefined} onOpenClaim={openClaim} />
              ))
            ) : (
              <ul className="evidence-problems">
                {group.map((problem, index) => (
                  <li key={`${problem.itemId ?? 'none'}:${index}`}>
                    <button
                      type="button"
                      className="evidence-problem"
                      disabled={problem.itemId === null && problem.itemKind !== 'narrative'}
                      onClick={() => openProblem(problem)}
                    >
                      {problem.message}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {viewing && (
        <SnapshotViewer sourceId={viewing.sourceId} caseId={viewing.caseId} onClose={() => setViewing(null)} />
      )}
    </section>
  );
}
