import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { CodebookEntry } from '../../../shared/contract/codebook.ts';
import type { Posture } from '../../../shared/domain/codebook.ts';
import { errorMessage, mutate } from '../../api.ts';
import { CodeTextArea, PostureField } from './code-fields.tsx';
import { codePlace, usesText } from './codebook-labels.ts';

/** Escape cancels an edit without closing the dialog around it. */
function stopEscape(event: KeyboardEvent, cancel: () => void): void {
  if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
    event.preventDefault();
    event.stopPropagation();
    cancel();
  }
}

/** One code of the codebook: its label, definition and example, with Edit and Retire / Restore. */
export function CodeRow({ code }: { code: CodebookEntry }) {
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const place = codePlace(code);
  // Focus goes back to "Edit" when the edit form closes, so the keyboard keeps its place.
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  async function toggleRetired(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await mutate(code.retired ? 'codebook.restoreCode' : 'codebook.retireCode', { kind: code.kind, id: code.id });
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className={code.retired ? 'codebook-code is-retired' : 'codebook-code'} aria-label={code.label}>
      {editing ? (
        <CodeEditForm code={code} onDone={() => setEditing(false)} />
      ) : (
        <>
          <div className="codebook-code-head">
            <span className="codebook-code-label">{code.label}</span>
            <code className="badge badge-code">{code.id}</code>
            {code.retired && <span className="badge badge-warning">Retired</span>}
            {!code.builtIn && <span className="badge">Own code</span>}
            {place && <span className="codebook-code-place">{place}</span>}
            <span className="codebook-code-uses">{usesText(code.uses, code.kind)}</span>
          </div>
          {code.builtInLabel && <p className="codebook-code-note">Built-in label: {code.builtInLabel}</p>}
          <p className="codebook-code-definition">{code.definition || 'No definition yet.'}</p>
          {code.example && <p className="codebook-code-example">Example: {code.example}</p>}
          <div className="codebook-code-actions">
            <button
              ref={editButton}
              type="button"
              className="button button-quiet button-small"
              aria-label={`Edit ${code.label}`}
              onClick={() => setEditing(true)}
            >
              Edit
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={`${code.retired ? 'Restore' : 'Retire'} ${code.label}`}
              disabled={busy}
              onClick={() => void toggleRetired()}
            >
              {code.retired ? 'Restore' : 'Retire'}
            </button>
          </div>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
        </>
      )}
    </li>
  );
}

function CodeEditForm({ code, onDone }: { code: CodebookEntry; onDone: () => void }) {
  const id = useId();
  const [label, setLabel] = useState(code.label);
  const [definition, setDefinition] = useState(code.definition);
  const [example, setExample] = useState(code.example);
  const [posture, setPosture] = useState<Posture | ''>(code.posture ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await mutate('codebook.saveCode', {
        kind: code.kind,
        id: code.id,
        label,
        definition,
        ...(code.builtIn ? {} : { example }),
        ...(!code.builtIn && code.kind === 'scct-strategy' ? { posture: posture === '' ? null : posture } : {}),
      });
      onDone();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <form
      className="codebook-edit"
      aria-label={`Edit ${code.label}`}
      onSubmit={(event) => void save(event)}
      onKeyDown={(event) => stopEscape(event, onDone)}
    >
      <div className="field">
        <label htmlFor={`${id}-label`}>Label</label>
        <input
          id={`${id}-label`}
          className="input"
          autoFocus
          value={label}
          aria-invalid={error !== null}
          onChange={(event) => setLabel(event.target.value)}
        />
      </div>
      <CodeTextArea id={`${id}-definition`} label="Definition" value={definition} onChange={setDefinition} />
      {!code.builtIn && <CodeTextArea id={`${id}-example`} label="Example" value={example} onChange={setExample} />}
      {!code.builtIn && code.kind === 'scct-strategy' && (
        <PostureField id={`${id}-posture`} value={posture} onChange={setPosture} />
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="codebook-code-actions">
        <button type="button" className="button button-small" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          Save
        </button>
      </div>
    </form>
  );
}
