import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { CodebookEntry } from '../../../shared/contract/codebook.ts';
import type { Posture } from '../../../shared/domain/codebook.ts';
import { errorMessage, mutate } from '../../api.ts';
import { suggestedCodeId } from './code-id.ts';
import { CodeTextArea, PostureField } from './code-fields.tsx';
import { CODE_KIND_ORDER, KIND_SINGULAR } from './codebook-labels.ts';

/** Adds a code of the notebook's own: kind, label, an id suggested from the label, definition, example, posture. */
export function AddCodeForm({ onAdded }: { onAdded: (code: CodebookEntry) => void }) {
  const id = useId();
  const [kind, setKind] = useState<CodebookEntry['kind']>('scct-strategy');
  const [label, setLabel] = useState('');
  const [codeId, setCodeId] = useState<string | null>(null);
  const [definition, setDefinition] = useState('');
  const [example, setExample] = useState('');
  const [posture, setPosture] = useState<Posture | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shownId = codeId ?? suggestedCodeId(label);

  async function add(event: FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const added = await mutate('codebook.saveCode', {
        kind,
        id: shownId,
        create: true,
        label,
        definition,
        example,
        ...(kind === 'scct-strategy' ? { posture: posture === '' ? null : posture } : {}),
      });
      setLabel('');
      setCodeId(null);
      setDefinition('');
      setExample('');
      setPosture('');
      onAdded(added);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="codebook-add" aria-labelledby={`${id}-title`} onSubmit={(event) => void add(event)}>
      <h3 id={`${id}-title`} className="codebook-kind-title">
        Add a code
      </h3>
      <div className="codebook-add-grid">
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            className="select"
            value={kind}
            onChange={(event) => setKind(event.target.value as CodebookEntry['kind'])}
          >
            {CODE_KIND_ORDER.map((each) => (
              <option key={each} value={each}>
                {KIND_SINGULAR[each]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-label`}>Label</label>
          <input
            id={`${id}-label`}
            className="input"
            value={label}
            onChange={(event) => setLabel(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-id`}>Id</label>
          <input
            id={`${id}-id`}
            className="input"
            value={shownId}
            aria-describedby={`${id}-id-hint`}
            onChange={(event) => setCodeId(event.target.value)}
          />
          <span id={`${id}-id-hint`} className="field-hint">
            Lower-case words joined by hyphens; suggested from the label. It cannot change later.
          </span>
        </div>
        {kind === 'scct-strategy' && <PostureField id={`${id}-posture`} value={posture} onChange={setPosture} />}
      </div>
      <CodeTextArea id={`${id}-definition`} label="Definition" value={definition} onChange={setDefinition} />
      <CodeTextArea id={`${id}-example`} label="Example" value={example} onChange={setExample} />
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="codebook-code-actions">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          Add code
        </button>
      </div>
    </form>
  );
}
