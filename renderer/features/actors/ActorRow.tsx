import { useEffect, useRef } from 'react';
import type { Actor } from '../../../shared/domain/case-document.ts';
import { mutate } from '../../api.ts';
import { isPlainEnter } from '../case-items/ime.ts';
import { useItemForm } from '../case-items/item-form.ts';
import { ItemSelect } from '../case-items/ItemSelect.tsx';
import { ItemTextField } from '../case-items/ItemTextField.tsx';
import { useMoveToTrash } from '../case-items/move-to-trash.ts';
import {
  ACTOR_KIND_OPTIONS,
  ACTOR_ROLE_OPTIONS,
  actorValues,
  BLANK_ACTOR,
  checkActorField,
  missingForActor,
} from './actor-form.ts';
import type { ActorValues } from './actor-form.ts';

export interface ActorRowProps {
  readonly caseId: string;
  readonly actor: Actor | null;
  readonly deleteLabel: string;
  readonly initialDrafts?: Partial<ActorValues>;
  readonly focusOnMount?: boolean;
  /** In merge mode: whether this actor is selected, and how to change it. */
  readonly selection?: { readonly selected: boolean; readonly onChange: (selected: boolean) => void };
  readonly onCreated?: (id: string) => void;
  readonly onDraftChange?: (values: Partial<ActorValues>) => void;
  readonly onDiscardDraft?: () => void;
  readonly onDeleted?: () => void;
}

export function ActorRow({
  caseId,
  actor,
  deleteLabel,
  initialDrafts,
  focusOnMount,
  selection,
  onCreated,
  onDraftChange,
  onDiscardDraft,
  onDeleted,
}: ActorRowProps) {
  const moveToTrash = useMoveToTrash();
  const nameRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const form = useItemForm<Actor, ActorValues>({
    noun: 'actor',
    caseId,
    stored: actor,
    blank: BLANK_ACTOR,
    valuesOf: actorValues,
    check: checkActorField,
    missing: missingForActor,
    initialDrafts,
    onNewItemDraftsChange: onDraftChange,
    create: (fields) => mutate('actors.create', { caseId, fields: fields as never }),
    update: (id, patch) => mutate('actors.update', { id, patch }),
    remove: (id) => mutate('actors.delete', { id }),
    onCreated: (item) => onCreated?.(item.id),
  });
  useEffect(() => {
    if (focusOnMount) nameRef.current?.focus();
  }, [focusOnMount]);

  const name = form.values.name.trim() || 'New actor';

  async function remove(): Promise<void> {
    form.cancelPending();
    if (form.id === null) {
      onDiscardDraft?.();
      return;
    }
    const id = form.id;
    const removed = await moveToTrash({
      noun: 'actor',
      description: `the actor “${name}”`,
      caseId,
      remove: () => mutate('actors.delete', { id }),
    });
    if (removed) onDeleted?.();
  }

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
            inputRef={nameRef}
            onKeyDown={(event) => {
              if (isPlainEnter(event)) {
                event.preventDefault();
                form.commitNow();
              }
            }}
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
        {form.missing && (
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
