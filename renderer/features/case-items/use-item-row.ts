import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { useItemForm } from './item-form.ts';
import type { FormValues, ItemForm } from './item-form.ts';
import type { ItemKind } from './item-kind.ts';
import type { ItemRowProps } from './item-row-props.ts';

export interface ItemRow<Values extends FormValues> {
  readonly form: ItemForm<Values>;
  /** Attach to the field the caret goes to when the row is added. */
  readonly firstFieldRef: RefObject<(HTMLInputElement & HTMLTextAreaElement) | null>;
}

/**
 * The form of one row of a section's list, wired to what the list gives the row: the stored item (null
 * while new), the drafts kept for a new item, and its creation.
 */
export function useItemRow<Item extends { readonly id: string }, Values extends FormValues>(
  kind: ItemKind<Item, Values>,
  stored: Item | null,
  props: Omit<ItemRowProps<Values>, 'deleteLabel'>,
  /** Whether the person is still in the row when its new item has been written (see ItemRowProps.onCreated). */
  stillFocused?: () => boolean,
): ItemRow<Values> {
  const { caseId, initialDrafts, focusOnMount, onCreated, onDraftChange } = props;
  const firstFieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const form = useItemForm<Item, Values>({
    ...kind,
    caseId,
    stored,
    initialDrafts,
    onNewItemDraftsChange: onDraftChange,
    create: (fields) => kind.create(caseId, fields),
    onCreated: (item) => onCreated?.(item.id, stillFocused?.()),
  });
  useEffect(() => {
    if (focusOnMount) firstFieldRef.current?.focus();
  }, [focusOnMount]);
  return { form, firstFieldRef };
}
