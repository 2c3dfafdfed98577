import { useRef, useState } from 'react';
import type { RefObject } from 'react';
import { useAppEvent } from '../../app-events.ts';
import type { AddItemKind } from '../../app-events.ts';
import { useNewItems } from './use-new-items.ts';
import type { NewItems } from './use-new-items.ts';

export interface ItemSection<Item extends { readonly id: string }> {
  readonly caseId: string;
  /** What a person calls the section's items: "event", "fact". */
  readonly noun: Exclude<AddItemKind, 'row'>;
  /** Every item the notebook holds. */
  readonly items: readonly Item[];
  /** The items the list shows, in the notebook's order: all but those still shown as new rows. */
  readonly saved: Item[];
  readonly newItems: NewItems;
  /** The key of the new row that takes the caret when it appears. */
  readonly focusKey: string | null;
  readonly addButtonRef: RefObject<HTMLButtonElement | null>;
  /** Where the focus goes when a row is deleted or a draft discarded. */
  readonly focusAddButton: () => void;
  /** The "Add …" button (and the palette's command for this kind): opens a new row with the caret in it. */
  readonly add: () => void;
}

/** The state of a section that lists items and adds new ones (Timeline, Actors, Quotes, Facts, Lessons). */
export function useItemSection<Item extends { readonly id: string }>(
  caseId: string,
  noun: Exclude<AddItemKind, 'row'>,
  items: readonly Item[],
): ItemSection<Item> {
  const newItems = useNewItems(
    caseId,
    noun,
    items.map((item) => item.id),
  );
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);

  function add(): void {
    setFocusKey(newItems.open());
  }
  function focusAddButton(): void {
    addButtonRef.current?.focus();
  }
  useAppEvent('casebook:add-item', ({ kind }) => {
    if (kind === noun) add();
  });

  return {
    caseId,
    noun,
    items,
    saved: items.filter((item) => !newItems.pinnedIds.has(item.id)),
    newItems,
    focusKey,
    addButtonRef,
    focusAddButton,
    add,
  };
}
