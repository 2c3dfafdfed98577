import { useEffect, useRef } from 'react';
import type { Fact, Source } from '../../../shared/domain/case-document.ts';
import { mutate } from '../../api.ts';
import { CitationChips } from '../sources/CitationChips.tsx';
import { useItemForm } from '../case-items/item-form.ts';
import { ItemDateField } from '../case-items/ItemDateField.tsx';
import { ItemTextField } from '../case-items/ItemTextField.tsx';
import { useMoveToTrash } from '../case-items/move-to-trash.ts';
import { BLANK_FACT, checkFactField, factValues, missingForFact } from './fact-form.ts';
import type { FactValues } from './fact-form.ts';

export interface FactRowProps {
  readonly caseId: string;
  readonly fact: Fact | null;
  readonly deleteLabel: string;
  readonly sources: readonly Source[];
  readonly initialDrafts?: Partial<FactValues>;
  readonly focusOnMount?: boolean;
  readonly onCreated?: (id: string) => void;
  readonly onDraftChange?: (values: Partial<FactValues>) => void;
  readonly onDiscardDraft?: () => void;
  readonly onDeleted?: () => void;
}

export function FactRow({
  caseId,
  fact,
  deleteLabel,
  sources,
  initialDrafts,
  focusOnMount,
  onCreated,
  onDraftChange,
  onDiscardDraft,
  onDeleted,
}: FactRowProps) {
  const moveToTrash = useMoveToTrash();
  const statementRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const form = useItemForm<Fact, FactValues>({
    noun: 'fact',
    caseId,
    stored: fact,
    blank: BLANK_FACT,
    valuesOf: factValues,
    check: checkFactField,
    missing: missingForFact,
    initialDrafts,
    onNewItemDraftsChange: onDraftChange,
    create: (fields) => mutate('facts.create', { caseId, fields: fields as never }),
    update: (id, patch) => mutate('facts.update', { id, patch }),
    remove: (id) => mutate('facts.delete', { id }),
    onCreated: (item) => onCreated?.(item.id),
  });
  useEffect(() => {
    if (focusOnMount) statementRef.current?.focus();
  }, [focusOnMount]);

  const statement = form.values.statement.trim();
  const label = statement ? (statement.length > 40 ? `${statement.slice(0, 39)}…` : statement) : 'New fact';

  async function remove(): Promise<void> {
    form.cancelPending();
    if (form.id === null) {
      onDiscardDraft?.();
      return;
    }
    const id = form.id;
    const removed = await moveToTrash({
      noun: 'fact',
      description: `the fact “${label}”`,
      caseId,
      remove: () => mutate('facts.delete', { id }),
    });
    if (removed) onDeleted?.();
  }

  return (
    <li className={`item fact-row${form.id === null ? ' is-new' : ''}`} aria-label={label}>
      <div className="item-body">
        <ItemTextField label="Statement" field={form.bind('statement')} wide multiline inputRef={statementRef} />
        <div className="item-fields-row">
          <ItemTextField label="Value" field={form.bind('value')} inputMode="decimal" className="item-field-narrow" />
          <ItemTextField
            label="Unit"
            field={form.bind('unit')}
            placeholder="%, million, RMB …"
            className="item-field-narrow"
          />
          <ItemTextField
            label="Origin"
            field={form.bind('origin')}
            placeholder="Who says so: Deloitte, the company …"
          />
        </div>
        <ItemDateField date={form.bind('on')} approx={form.bind('approx', { immediate: true })} label="Date" />
        {form.id !== null ? (
          <CitationChips
            caseId={caseId}
            target={{ kind: 'fact', id: form.id }}
            citations={fact?.citations ?? []}
            sources={sources}
            itemLabel={`the fact “${label}”`}
          />
        ) : (
          <p className="item-missing" role="status">
            {form.missing}
          </p>
        )}
      </div>
      <div className="item-actions">
        <button
          type="button"
          className="icon-button icon-button-danger"
          aria-label={deleteLabel}
          title={deleteLabel}
          onClick={() => void remove()}
        >
          ×
        </button>
      </div>
    </li>
  );
}
