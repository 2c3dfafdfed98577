import { useRef } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import type { Actor, Source, TimelineEvent } from '../../../shared/domain/case-document.ts';
import { ActorPicker } from '../coding/ActorPicker.tsx';
import { commitOnEnter } from '../case-items/commit-on-enter.ts';
import { DeleteItemButton } from '../case-items/DeleteItemButton.tsx';
import { isPlainEnter } from '../case-items/ime.ts';
import { ItemCitations } from '../case-items/ItemCitations.tsx';
import { ItemDateField } from '../case-items/ItemDateField.tsx';
import type { ItemRowProps } from '../case-items/item-row-props.ts';
import { ItemSelect } from '../case-items/ItemSelect.tsx';
import { ItemTextField } from '../case-items/ItemTextField.tsx';
import { ResponseCodingPickers } from '../case-items/ResponseCodingPickers.tsx';
import { shortLabel } from '../case-items/short-label.ts';
import { useItemRemoval } from '../case-items/use-item-removal.ts';
import { useItemRow } from '../case-items/use-item-row.ts';
import type { EventValues } from './event-form.ts';
import { EVENT_ITEM } from './event-item.ts';
import { EVENT_KIND_OPTIONS, isResponseKind } from './event-kinds.ts';

export interface EventRowProps extends ItemRowProps<EventValues> {
  /** The stored event; null for a new one not written yet. */
  readonly event: TimelineEvent | null;
  readonly actors: readonly Actor[];
  readonly sources: readonly Source[];
  /** Focus left the row. */
  readonly onLeave?: () => void;
  /** The date is being typed in (hold the row where it is) / was committed (sort it). */
  readonly onDateEditing?: (editing: boolean) => void;
}

/** One event of the timeline, every field editable and saved as it is typed. */
export function EventRow({ event, actors, sources, onLeave, onDateEditing, ...props }: EventRowProps) {
  const rowRef = useRef<HTMLLIElement>(null);
  const { form, firstFieldRef } = useItemRow(
    EVENT_ITEM,
    event,
    props,
    () => rowRef.current?.contains(document.activeElement) ?? false,
  );
  const values = form.values;
  const title = shortLabel(values.title, 'New event');
  const description = `the event “${title}”`;
  const remove = useItemRemoval(EVENT_ITEM, form, props, description);
  const suggested = event?.status === 'suggested';
  const date = form.bind('on');

  function onDateKeyDown(keyEvent: KeyboardEvent<HTMLInputElement>): void {
    if (!isPlainEnter(keyEvent)) return;
    keyEvent.preventDefault();
    form.commitNow();
    onDateEditing?.(false);
  }

  function onBlur(focusEvent: FocusEvent<HTMLLIElement>): void {
    const next = focusEvent.relatedTarget;
    if (!(next instanceof Node) || !focusEvent.currentTarget.contains(next)) onLeave?.();
  }

  const coded = isResponseKind(values.kind) || values.strategy !== '' || values.benoit !== '';
  return (
    <li
      ref={rowRef}
      className={`item event-row${suggested ? ' is-suggested' : ''}${form.id === null ? ' is-new' : ''}`}
      data-event-id={form.id ?? undefined}
      aria-label={title}
      tabIndex={-1}
      onBlur={onBlur}
    >
      <div className="event-row-when">
        <ItemDateField
          date={{
            ...date,
            onFocus: () => {
              date.onFocus();
              onDateEditing?.(true);
            },
            onBlur: () => {
              date.onBlur();
              onDateEditing?.(false);
            },
          }}
          approx={form.bind('approx', { immediate: true })}
          inputRef={firstFieldRef}
          onKeyDown={onDateKeyDown}
        />
        <ItemSelect label="Kind" field={form.bind('kind', { immediate: true })} options={EVENT_KIND_OPTIONS} />
      </div>
      <div className="item-body event-row-body">
        <ItemTextField label="What happened" field={form.bind('title')} wide onKeyDown={commitOnEnter(form)} />
        <ItemTextField label="Detail" field={form.bind('detail')} wide multiline />
        <div className="item-fields-row">
          <ActorPicker
            actors={actors}
            value={values.actorId === '' ? null : values.actorId}
            onChange={(id) => form.change({ actorId: id ?? '' }, { immediate: true })}
          />
          {coded && <ResponseCodingPickers form={form} />}
        </div>
        <ItemCitations
          caseId={props.caseId}
          kind="event"
          form={form}
          citations={event?.citations ?? []}
          sources={sources}
          itemLabel={description}
        />
      </div>
      <div className="item-actions">
        {suggested ? (
          <>
            <button
              type="button"
              className="button button-small button-primary"
              onClick={() => form.change({ status: 'confirmed' }, { immediate: true })}
            >
              Confirm
            </button>
            <button type="button" className="button button-small" onClick={remove}>
              Dismiss
            </button>
          </>
        ) : (
          <DeleteItemButton label={props.deleteLabel} onClick={remove} />
        )}
      </div>
    </li>
  );
}
