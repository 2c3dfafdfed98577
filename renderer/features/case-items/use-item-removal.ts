import type { FormValues, ItemForm } from './item-form.ts';
import type { ItemKind } from './item-kind.ts';
import type { ItemRowProps } from './item-row-props.ts';
import { useMoveToTrash } from './move-to-trash.ts';

/**
 * The delete button of a row: a new item never written is dropped with what was typed into it; a written
 * one goes to the trash, with Undo (see useMoveToTrash). `description` names it in the toast: "the fact “…”".
 */
export function useItemRemoval<Item extends { readonly id: string }, Values extends FormValues>(
  kind: ItemKind<Item, Values>,
  form: ItemForm<Values>,
  props: Pick<ItemRowProps<Values>, 'caseId' | 'onDiscardDraft' | 'onDeleted'>,
  description: string,
): () => void {
  const moveToTrash = useMoveToTrash();

  async function remove(): Promise<void> {
    form.cancelPending();
    if (form.id === null) {
      props.onDiscardDraft?.();
      return;
    }
    const id = form.id;
    const removed = await moveToTrash({
      noun: kind.noun,
      description,
      caseId: props.caseId,
      remove: () => kind.remove(id),
    });
    if (removed) props.onDeleted?.();
  }

  return () => void remove();
}
