import type { ImportPhase } from '../../../shared/contract/events.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';

export interface ImportProgress {
  readonly phase: ImportPhase;
  /** Of the whole import, 0–1. */
  readonly fraction: number;
}

const PHASE_LABELS: Readonly<Record<ImportPhase, string>> = {
  reading: 'Reading the file',
  parsing: 'Reading the article',
  'finding-claims': 'Finding quotes, facts and dates',
  writing: 'Writing the case',
  done: 'Done',
};

/**
 * An import that takes a while: which file, what it is doing, how far it is, and a way to stop it. Once
 * the case is being written, cancelling is too late, so the button says so.
 */
export function ImportProgressDialog({
  fileLabel,
  progress,
  cancelling,
  onCancel,
}: {
  readonly fileLabel: string;
  readonly progress: ImportProgress;
  readonly cancelling: boolean;
  readonly onCancel: () => void;
}) {
  const writing = progress.phase === 'writing' || progress.phase === 'done';
  const percent = Math.round(progress.fraction * 100);
  return (
    // Neither Escape nor a click beside the dialog stops an import by accident: only its Cancel button does.
    <ModalDialog label={`Importing ${fileLabel}`} onClose={() => undefined}>
      <div className="import-progress">
        <h2 className="dialog-title">Importing {fileLabel}</h2>
        <progress className="import-progress-bar" max={100} value={percent} aria-label="Import progress" />
        <p className="dialog-message" role="status" aria-live="polite">
          {cancelling ? 'Cancelling…' : `${PHASE_LABELS[progress.phase]}… ${percent}%`}
        </p>
        <div className="dialog-actions">
          <button
            type="button"
            className="button"
            aria-label="Cancel import"
            disabled={writing || cancelling}
            title={writing ? 'The case is being written; it can no longer be cancelled.' : undefined}
            onClick={onCancel}
          >
            Cancel
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
