import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { errorMessage, mutate } from '../../api.ts';
import { useToast } from '../../ui/toasts.tsx';
import { claimLabel, claimsOf, conflictsOf } from './claims.ts';
import { useCaseDocument } from './case-document-context.ts';
import './conflicts.css';

export interface ItemConflictsProps {
  readonly caseId: string;
  /** The quote or fact; null while it is a new item not yet written. */
  readonly itemId: string | null;
  /** How the row names its item, for the button's accessible name ("the quote “…”"). */
  readonly itemLabel: string;
}

/**
 * Under a quote or fact: the claims it is marked as conflicting with ("Conflicts with: “…”", each with
 * Remove), and "Conflicts with…" to mark another of the case's quotes or facts, with an optional note.
 */
export function ItemConflicts({ caseId, itemId, itemLabel }: ItemConflictsProps) {
  const document = useCaseDocument(caseId);
  const toast = useToast();
  const [picking, setPicking] = useState(false);
  const [otherId, setOtherId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pickerId = useId();
  const pickerRef = useRef<HTMLDivElement>(null);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (picking) pickerRef.current?.querySelector<HTMLElement>('select, input, button')?.focus();
    else if (returnFocus) openButtonRef.current?.focus();
  }, [picking, returnFocus]);
  if (document === null || itemId === null) return null;

  const claims = claimsOf(document);
  const marked = conflictsOf(document, itemId);
  const markedIds = new Set(marked.map((entry) => entry.otherId));
  const candidates = [...claims.values()].filter(
    (claim) => claim.id !== itemId && !markedIds.has(claim.id) && (claim.kind === 'quote' || claim.kind === 'fact'),
  );
  const quotes = candidates.filter((claim) => claim.kind === 'quote');
  const facts = candidates.filter((claim) => claim.kind === 'fact');

  function close(): void {
    setReturnFocus(true);
    setPicking(false);
    setOtherId('');
    setNote('');
    setError(null);
  }

  async function markConflict(): Promise<void> {
    if (otherId === '' || itemId === null) return;
    setBusy(true);
    setError(null);
    try {
      await mutate('conflicts.add', { caseId, conflict: { a: itemId, b: otherId, note: note.trim() || null } });
      close();
    } catch (failure) {
      setError(`The conflict could not be recorded: ${errorMessage(failure)}`);
    } finally {
      setBusy(false);
    }
  }

  async function removeConflict(a: string, b: string, label: string): Promise<void> {
    try {
      await mutate('conflicts.remove', { caseId, a, b });
    } catch (failure) {
      toast({ message: `The conflict with ${label} could not be removed: ${errorMessage(failure)}`, tone: 'error' });
    }
  }

  function onPickerKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  }

  return (
    <div className="item-conflicts">
      {marked.length > 0 && (
        <ul className="item-conflict-list" aria-label={`Conflicts of ${itemLabel}`}>
          {marked.map(({ conflict, otherId: other }) => {
            const label = claimLabel(claims.get(other));
            return (
              <li key={`${conflict.a}:${conflict.b}`} className="item-conflict">
                <span className="item-conflict-text">
                  Conflicts with: {label}
                  {conflict.note ? <span className="item-conflict-note"> ({conflict.note})</span> : null}
                </span>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  aria-label={`Remove the conflict with ${label}`}
                  onClick={() => void removeConflict(conflict.a, conflict.b, label)}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {picking ? (
        <div
          ref={pickerRef}
          className="item-conflict-picker"
          role="group"
          aria-label={`Mark ${itemLabel} as conflicting`}
          onKeyDown={onPickerKeyDown}
        >
          {candidates.length === 0 ? (
            <p className="field-hint">There is no other quote or fact in this case to mark.</p>
          ) : (
            <>
              <label htmlFor={`${pickerId}-claim`}>Conflicts with</label>
              <select
                id={`${pickerId}-claim`}
                className="select select-small"
                value={otherId}
                onChange={(event) => setOtherId(event.target.value)}
              >
                <option value="">Choose a quote or fact…</option>
                {quotes.length > 0 && (
                  <optgroup label="Quotes">
                    {quotes.map((claim) => (
                      <option key={claim.id} value={claim.id}>
                        {claimLabel(claim, 90)}
                      </option>
                    ))}
                  </optgroup>
                )}
                {facts.length > 0 && (
                  <optgroup label="Facts">
                    {facts.map((claim) => (
                      <option key={claim.id} value={claim.id}>
                        {claimLabel(claim, 90)}
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
              <label htmlFor={`${pickerId}-note`}>Note (optional)</label>
              <input
                id={`${pickerId}-note`}
                className="input item-conflict-note-input"
                value={note}
                maxLength={500}
                placeholder="How they disagree"
                onChange={(event) => setNote(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
                    event.preventDefault();
                    void markConflict();
                  }
                }}
              />
            </>
          )}
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <div className="item-conflict-actions">
            <button type="button" className="button button-small" onClick={close}>
              Cancel
            </button>
            {candidates.length > 0 && (
              <button
                type="button"
                className="button button-small button-primary"
                disabled={otherId === '' || busy}
                onClick={() => void markConflict()}
              >
                Mark as conflicting
              </button>
            )}
          </div>
        </div>
      ) : (
        <button
          type="button"
          ref={openButtonRef}
          className="button button-small button-quiet item-conflict-open"
          aria-label={`Conflicts with… (${itemLabel})`}
          onClick={() => setPicking(true)}
        >
          Conflicts with…
        </button>
      )}
    </div>
  );
}
