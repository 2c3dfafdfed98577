import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { errorMessage, mutate, useQuery } from '../../api.ts';
import { flushAllWrites } from '../../save-queue.ts';
import { useConfirm } from '../../ui/confirm-dialog.tsx';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { TemplatePreview } from './TemplatePreview.tsx';
import '../codebook/codebook.css';
import './templates.css';

/**
 * Lists the templates (built in, then the notebook's own) with a preview of the chosen one, and creates a
 * case from it. Prompts in the new case start with "Prompt:" (italic in the narrative; issue rows marked
 * suggested) so they are easy to tell from the user's writing and to replace.
 */
export function NewFromTemplateDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (caseId: string) => void;
}) {
  const id = useId();
  const confirm = useConfirm();
  const listed = useQuery('templates.list', {}, ['case_templates']);
  const templates = listed.data?.templates ?? [];
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = templates.find((template) => template.id === chosenId) ?? templates[0] ?? null;

  async function create(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      await flushAllWrites();
      const created = await mutate('cases.create', {
        templateId: chosen.id,
        ...(title.trim() === '' ? {} : { title: title.trim() }),
      });
      onCreated(created.id);
    } catch (failure) {
      setError(`The case could not be created: ${errorMessage(failure)}`);
      setBusy(false);
    }
  }

  async function remove(): Promise<void> {
    if (!chosen || chosen.builtIn) return;
    const confirmed = await confirm({
      title: 'Delete template?',
      message: `The template “${chosen.name}” will be deleted. Cases made from it keep their content.`,
      confirmLabel: 'Delete template',
      danger: true,
    });
    if (!confirmed) return;
    try {
      await mutate('templates.delete', { id: chosen.id });
      setChosenId(null);
    } catch (failure) {
      setError(`The template could not be deleted: ${errorMessage(failure)}`);
    }
  }

  return (
    <ModalDialog label="New case from template" className="template-dialog" onClose={onClose}>
      <form className="template-form" onSubmit={(event) => void create(event)}>
        <h2 className="dialog-title">New case from template</h2>
        {listed.status === 'loading' && <p className="codebook-status">Loading templates…</p>}
        {listed.status === 'error' && (
          <p role="alert" className="field-error">
            The templates could not be read: {listed.error.message}
          </p>
        )}
        {chosen && (
          <div className="template-columns">
            <fieldset className="template-choices">
              <legend className="template-legend">Template</legend>
              {templates.map((template) => (
                <label
                  key={template.id}
                  className={template.id === chosen.id ? 'template-choice is-chosen' : 'template-choice'}
                >
                  <input
                    type="radio"
                    name={`${id}-template`}
                    value={template.id}
                    checked={template.id === chosen.id}
                    onChange={() => setChosenId(template.id)}
                  />
                  <span className="template-choice-name">{template.name}</span>
                  {!template.builtIn && <span className="badge">Saved</span>}
                </label>
              ))}
            </fieldset>
            <TemplatePreview template={chosen} />
          </div>
        )}
        <div className="field template-title-field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            className="input"
            value={title}
            placeholder={chosen?.body.titlePlaceholder || chosen?.name || ''}
            aria-describedby={`${id}-title-hint`}
            onChange={(event) => setTitle(event.target.value)}
          />
          <span id={`${id}-title-hint`} className="field-hint">
            Optional; you can change it later. Prompts in the new case start with “Prompt:” — write over them.
          </span>
        </div>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          {chosen && !chosen.builtIn && (
            <button type="button" className="button button-danger-text template-delete" onClick={() => void remove()}>
              Delete template
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !chosen}>
            Create case
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
