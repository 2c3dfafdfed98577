import type { CaseDocument } from '../../../shared/domain/case-document.ts';
import { claimLabel, claimsOf } from '../conflicts/claims.ts';
import type { Claim } from '../conflicts/claims.ts';
import { useCaseDocument } from '../conflicts/case-document-context.ts';

export interface ConflictPairsProps {
  readonly caseId: string;
  /** Shows the case's title above its pairs (the notebook-wide check). */
  readonly showCase: boolean;
  readonly onOpenClaim: (caseId: string, claim: Claim) => void;
}

function ClaimCard({
  claim,
  document,
  onOpen,
}: {
  claim: Claim | undefined;
  document: CaseDocument;
  onOpen: () => void;
}) {
  const titles = new Map(document.sources.map((source) => [source.id, source.title]));
  return (
    <div className="evidence-claim">
      <button type="button" className="evidence-claim-open" disabled={!claim} onClick={onOpen}>
        {claimLabel(claim, 160)}
      </button>
      {claim && (
        <p className="evidence-claim-sources">
          {claim.sourceIds.length === 0
            ? 'No source'
            : claim.sourceIds.map((id) => titles.get(id) ?? 'a source no longer in the library').join(' · ')}
        </p>
      )}
    </div>
  );
}

/** A case's conflicting claims, two by two side by side, each with the sources it rests on. */
export function ConflictPairs({ caseId, showCase, onOpenClaim }: ConflictPairsProps) {
  const document = useCaseDocument(caseId);
  if (document === null) return <p className="evidence-loading">Loading the conflicting claims…</p>;
  const claims = claimsOf(document);
  return (
    <div className="evidence-conflicts">
      {showCase && <h4 className="evidence-case-title">{document.case.title}</h4>}
      <ul className="evidence-conflict-list">
        {document.conflicts.map((conflict) => {
          const a = claims.get(conflict.a);
          const b = claims.get(conflict.b);
          return (
            <li key={`${conflict.a}:${conflict.b}`} className="evidence-conflict">
              <div className="evidence-conflict-pair">
                <ClaimCard claim={a} document={document} onOpen={() => a && onOpenClaim(caseId, a)} />
                <span className="evidence-versus" aria-label="conflicts with">
                  ≠
                </span>
                <ClaimCard claim={b} document={document} onOpen={() => b && onOpenClaim(caseId, b)} />
              </div>
              {conflict.note && <p className="evidence-conflict-note">{conflict.note}</p>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
