import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { errorMessage, mutate } from '../../api.ts';
import { flushAllWrites } from '../../save-queue.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { useToast } from '../../ui/toasts.tsx';
import '../codebook/codebook.css';
import './templates.css';

/** Saves a case's structure (headings, prompts, issue labels, event kinds, crisis type, tags) as a template. */
export function SaveAsTemplateDialog({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const id = useId();
  const toast = useToast();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await flushAllWrites();
      const saved = await mutate('templates.saveFromCase', { caseId, name });
      toast({ message: `Template “${saved.name}” saved. ${saved.description}` });
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <ModalDialog label="Save as template" className="template-save-dialog" onClose={onClose}>
      <form onSubmit={(event) => void save(event)}>
        <h2 className="dialog-title">Save as template</h2>
        <p className="dialog-message">
          Keeps the case’s structure — its headings and “Prompt:” paragraphs, issue-row labels, kinds of timeline
          events, lesson prompts, crisis type and tags — and none of its writing.
        </p>
        <div className="field">
          <label htmlFor={`${id}-name`}>Template name</label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            aria-invalid={error !== null}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            Save template
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
