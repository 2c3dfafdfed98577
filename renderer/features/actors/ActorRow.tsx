import type { Actor } from '../../../shared/domain/case-document.ts';
import { commitOnEnter } from '../case-items/commit-on-enter.ts';
import { DeleteItemButton } from '../case-items/DeleteItemButton.tsx';
import type { ItemRowProps } from '../case-items/item-row-props.ts';
import { ItemSelect } from '../case-items/ItemSelect.tsx';
import { ItemTextField } from '../case-items/ItemTextField.tsx';
import { MissingNote } from '../case-items/MissingNote.tsx';
import { shortLabel } from '../case-items/short-label.ts';
import { useItemRemoval } from '../case-items/use-item-removal.ts';
import { useItemRow } from '../case-items/use-item-row.ts';
import { ACTOR_KIND_OPTIONS, ACTOR_ROLE_OPTIONS } from './actor-form.ts';
import type { ActorValues } from './actor-form.ts';
import { ACTOR_ITEM } from './actor-item.ts';

export interface ActorRowProps extends ItemRowProps<ActorValues> {
  readonly actor: Actor | null;
  /** In merge mode: whether this actor is selected, and how to change it. */
  readonly selection?: { readonly selected: boolean; readonly onChange: (selected: boolean) => void };
}

export function ActorRow({ actor, selection, ...props }: ActorRowProps) {
  const { form, firstFieldRef } = useItemRow(ACTOR_ITEM, actor, props);
  const name = shortLabel(form.values.name, 'New actor');
  const remove = useItemRemoval(ACTOR_ITEM, form, props, `the actor “${name}”`);

  return (
    <li className={`item actor-row${form.id === null ? ' is-new' : ''}`} aria-label={name}>
      {selection && form.id !== null && (
        <label className="checkbox actor-select">
          <input
            type="checkbox"
            checked={selection.selected}
            onChange={(event) => selection.onChange(event.target.checked)}
          />
          <span className="visually-hidden">Select {name} for merging</span>
        </label>
      )}
      <div className="item-body">
        <div className="item-fields-row">
          <ItemTextField
            label="Name"
            field={form.bind('name')}
            inputRef={firstFieldRef}
            onKeyDown={commitOnEnter(form)}
          />
          <ItemSelect label="Kind" field={form.bind('kind', { immediate: true })} options={ACTOR_KIND_OPTIONS} />
          <ItemSelect label="Role" field={form.bind('role', { immediate: true })} options={ACTOR_ROLE_OPTIONS} />
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.values.private}
            onChange={(event) => form.change({ private: event.target.checked }, { immediate: true })}
          />
          Private person (name can be left out of exports)
        </label>
        {form.missing && <MissingNote text={form.missing} />}
      </div>
      <div className="item-actions">
        <DeleteItemButton label={props.deleteLabel} onClick={remove} />
      </div>
    </li>
  );
}
