import type { Fact, Source } from '../../../shared/domain/case-document.ts';
import { DeleteItemButton } from '../case-items/DeleteItemButton.tsx';
import { SuggestedNote } from '../case-items/SuggestedNote.tsx';
import { ItemCitations } from '../case-items/ItemCitations.tsx';
import { ItemDateField } from '../case-items/ItemDateField.tsx';
import type { ItemRowProps } from '../case-items/item-row-props.ts';
import { ItemTextField } from '../case-items/ItemTextField.tsx';
import { shortLabel } from '../case-items/short-label.ts';
import { useItemRemoval } from '../case-items/use-item-removal.ts';
import { useItemRow } from '../case-items/use-item-row.ts';
import { ItemConflicts } from '../conflicts/ItemConflicts.tsx';
import type { FactValues } from './fact-form.ts';
import { FACT_ITEM } from './fact-item.ts';

export interface FactRowProps extends ItemRowProps<FactValues> {
  readonly fact: Fact | null;
  readonly sources: readonly Source[];
}

export function FactRow({ fact, sources, ...props }: FactRowProps) {
  const { form, firstFieldRef } = useItemRow(FACT_ITEM, fact, props);
  const label = shortLabel(form.values.statement, 'New fact', 40);
  const description = `the fact “${label}”`;
  const remove = useItemRemoval(FACT_ITEM, form, props, description);

  return (
    <li
      className={`item fact-row${form.id === null ? ' is-new' : ''}${form.values.status === 'suggested' ? ' is-suggested' : ''}`}
      aria-label={label}
      data-item-id={form.id ?? undefined}
    >
      <div className="item-body">
        {form.values.status === 'suggested' && (
          <SuggestedNote
            what="fact"
            onConfirm={() => form.change({ status: 'confirmed' }, { immediate: true })}
            onDismiss={remove}
          />
        )}
        <ItemTextField label="Statement" field={form.bind('statement')} wide multiline inputRef={firstFieldRef} />
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
        <ItemCitations
          caseId={props.caseId}
          kind="fact"
          form={form}
          citations={fact?.citations ?? []}
          sources={sources}
          itemLabel={description}
        />
        <ItemConflicts caseId={props.caseId} itemId={form.id} itemLabel={description} />
      </div>
      <div className="item-actions">
        <DeleteItemButton label={props.deleteLabel} onClick={remove} />
      </div>
    </li>
  );
}
