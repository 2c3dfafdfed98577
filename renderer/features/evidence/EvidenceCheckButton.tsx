import { useState } from 'react';
import { useQuery } from '../../api.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { EVIDENCE_TABLES } from './evidence-groups.ts';
import { EvidenceCheckPanel } from './EvidenceCheckPanel.tsx';

/** "Evidence check" in the case header, with how many problems the case has; opens the check. */
export function EvidenceCheckButton({ caseId }: { caseId: string }) {
  const check = useQuery('evidence.check', { caseId }, EVIDENCE_TABLES);
  const [open, setOpen] = useState(false);
  const count = check.data?.problems.length;
  return (
    <>
      <button
        type="button"
        className="button button-quiet button-small evidence-check-button"
        aria-label={
          count === undefined ? 'Evidence check' : `Evidence check: ${count === 1 ? '1 problem' : `${count} problems`}`
        }
        onClick={() => setOpen(true)}
      >
        Evidence check
        {count !== undefined && (
          <span className={`evidence-badge${count === 0 ? ' is-clean' : ''}`} aria-hidden="true">
            {count === 0 ? '✓' : count}
          </span>
        )}
      </button>
      {open && (
        <ModalDialog label="Evidence check" className="evidence-dialog" onClose={() => setOpen(false)}>
          <header className="evidence-dialog-header">
            <h2 className="dialog-title">Evidence check</h2>
            <button type="button" className="button button-small" onClick={() => setOpen(false)}>
              Close
            </button>
          </header>
          <EvidenceCheckPanel caseId={caseId} onNavigate={() => setOpen(false)} />
        </ModalDialog>
      )}
    </>
  );
}
