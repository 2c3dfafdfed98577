import { useEffect, useRef } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import type { Actor, Source, TimelineEvent } from '../../../shared/domain/case-document.ts';
import { mutate } from '../../api.ts';
import { ActorPicker } from '../coding/ActorPicker.tsx';
import { CodingPicker } from '../coding/CodingPicker.tsx';
import { CitationChips } from '../sources/CitationChips.tsx';
import { isPlainEnter } from '../case-items/ime.ts';
import { useItemForm } from '../case-items/item-form.ts';
import { ItemDateField } from '../case-items/ItemDateField.tsx';
import { ItemSelect } from '../case-items/ItemSelect.tsx';
import { ItemTextField } from '../case-items/ItemTextField.tsx';
import { useMoveToTrash } from '../case-items/move-to-trash.ts';
import { BLANK_EVENT, checkEventField, eventValues, missingForEvent } from './event-form.ts';
import type { EventValues } from './event-form.ts';
import { EVENT_KIND_OPTIONS, isResponseKind } from './event-kinds.ts';

export interface EventRowProps {
  readonly caseId: string;
  /** The stored event; null for a new one not written yet. */
  readonly event: TimelineEvent | null;
  /** How the row's delete button names it: "Delete event", "Delete event 3". */
  readonly deleteLabel: string;
  readonly actors: readonly Actor[];
  readonly sources: readonly Source[];
  readonly initialDrafts?: Partial<EventValues>;
  readonly focusDateOnMount?: boolean;
  /** The new event was written; `focused` tells whether the person is still in its row. */
  readonly onCreated?: (id: string, focused: boolean) => void;
  readonly onDraftChange?: (values: Partial<EventValues>) => void;
  readonly onDiscardDraft?: () => void;
  /** Focus left the row. */
  readonly onLeave?: () => void;
  /** The date is being typed in (hold the row where it is) / was committed (sort it). */
  readonly onDateEditing?: (editing: boolean) => void;
  readonly onDeleted?: () => void;
}

/** One event of the timeline, every field editable and saved as it is typed. */
export function EventRow({
  caseId,
  event,
  deleteLabel,
  actors,
  sources,
  initialDrafts,
  focusDateOnMount,
  onCreated,
  onDraftChange,
  onDiscardDraft,
  onLeave,
  onDateEditing,
  onDeleted,
}: EventRowProps) {
  const moveToTrash = useMoveToTrash();
  const dateRef = useRef<HTMLInputElement>(null);
  const rowRef = useRef<HTMLLIElement>(null);
  const form = useItemForm<TimelineEvent, EventValues>({
    noun: 'event',
    caseId,
    stored: event,
    blank: BLANK_EVENT,
    valuesOf: eventValues,
    check: checkEventField,
    missing: missingForEvent,
    initialDrafts,
    onNewItemDraftsChange: onDraftChange,
    create: (fields) => mutate('events.create', { caseId, fields: fields as never }),
    update: (id, patch) => mutate('events.update', { id, patch }),
    remove: (id) => mutate('events.delete', { id }),
    onCreated: (item) => onCreated?.(item.id, rowRef.current?.contains(document.activeElement) ?? false),
  });

  useEffect(() => {
    if (focusDateOnMount) dateRef.current?.focus();
  }, [focusDateOnMount]);

  const values = form.values;
  const title = values.title.trim() || 'New event';
  const suggested = event?.status === 'suggested';
  const date = form.bind('on');

  function onDateKeyDown(keyEvent: KeyboardEvent<HTMLInputElement>): void {
    if (!isPlainEnter(keyEvent)) return;
    keyEvent.preventDefault();
    form.commitNow();
    onDateEditing?.(false);
  }

  function onTitleKeyDown(keyEvent: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void {
    if (!isPlainEnter(keyEvent)) return;
    keyEvent.preventDefault();
    form.commitNow();
  }

  function onBlur(focusEvent: FocusEvent<HTMLLIElement>): void {
    const next = focusEvent.relatedTarget;
    if (!(next instanceof Node) || !focusEvent.currentTarget.contains(next)) onLeave?.();
  }

  async function remove(): Promise<void> {
    form.cancelPending();
    if (form.id === null) {
      onDiscardDraft?.();
      return;
    }
    const id = form.id;
    const removed = await moveToTrash({
      noun: 'event',
      description: `the event “${title}”`,
      caseId,
      remove: () => mutate('events.delete', { id }),
    });
    if (removed) onDeleted?.();
  }

  const coded = isResponseKind(values.kind) || values.strategy !== '' || values.benoit !== '';
  return (
    <li
      ref={rowRef}
      className={`item event-row${suggested ? ' is-suggested' : ''}${form.id === null ? ' is-new' : ''}`}
      data-event-id={form.id ?? undefined}
      aria-label={`${title}`}
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
          inputRef={dateRef}
          onKeyDown={onDateKeyDown}
        />
        <ItemSelect label="Kind" field={form.bind('kind', { immediate: true })} options={EVENT_KIND_OPTIONS} />
      </div>
      <div className="item-body event-row-body">
        <ItemTextField label="What happened" field={form.bind('title')} wide onKeyDown={onTitleKeyDown} />
        <ItemTextField label="Detail" field={form.bind('detail')} wide multiline />
        <div className="item-fields-row">
          <ActorPicker
            actors={actors}
            value={values.actorId === '' ? null : values.actorId}
            onChange={(id) => form.change({ actorId: id ?? '' }, { immediate: true })}
          />
          {coded && (
            <>
              <CodingPicker
                scheme="scct"
                value={values.strategy === '' ? null : values.strategy}
                onChange={(id) => form.change({ strategy: id ?? '' }, { immediate: true })}
              />
              <CodingPicker
                scheme="benoit"
                value={values.benoit === '' ? null : values.benoit}
                onChange={(id) => form.change({ benoit: id ?? '' }, { immediate: true })}
              />
            </>
          )}
        </div>
        {form.id !== null ? (
          <CitationChips
            caseId={caseId}
            target={{ kind: 'event', id: form.id }}
            citations={event?.citations ?? []}
            sources={sources}
            itemLabel={`the event “${title}”`}
          />
        ) : (
          <p className="item-missing" role="status">
            {form.missing}
          </p>
        )}
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
            <button type="button" className="button button-small" onClick={() => void remove()}>
              Dismiss
            </button>
          </>
        ) : (
          <button
            type="button"
            className="icon-button icon-button-danger"
            aria-label={deleteLabel}
            title={deleteLabel}
            onClick={() => void remove()}
          >
            ×
          </button>
        )}
      </div>
    </li>
  );
}
