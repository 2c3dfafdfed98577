import { Fragment } from 'react';
import type { ReactNode } from 'react';
import type { ItemRowProps } from './item-row-props.ts';
import { KeepFocus } from './KeepFocus.tsx';
import type { ItemSection } from './use-item-section.ts';

/** What ItemList gives each row: ItemRowProps, and for a new row, `onLeave` (focus left it). */
export type ItemListRowProps = ItemRowProps<Readonly<Record<string, unknown>>> & { readonly onLeave?: () => void };

/** One row to render: a saved item, or a new row (a draft, or an item written while its row had focus). */
export type ItemListRow<Item> = {
  readonly props: ItemListRowProps;
  /** The row's place in the list, from 0. */
  readonly position: number;
} & ({ readonly isNew: false; readonly item: Item } | { readonly isNew: true; readonly item: Item | null });

export interface ItemListProps<Item extends { readonly id: string }> {
  readonly section: ItemSection<Item>;
  /** The saved items in the order shown; the section's own order (by default the notebook's). */
  readonly rows?: readonly Item[];
  /** The list's accessible name: "Quotes". */
  readonly label: string;
  /** A list in a meaningful order (chronological, or the person's): an <ol> whose rows keep focus when they move. */
  readonly ordered?: boolean;
  /** Shown instead of the list while it has no rows. */
  readonly empty: ReactNode;
  readonly renderRow: (row: ItemListRow<Item>) => ReactNode;
  /** More buttons beside "Add …". */
  readonly actions?: ReactNode;
}

/** A section's items and, after them, its new rows; or its empty state; then its "Add …" button. */
export function ItemList<Item extends { readonly id: string }>({
  section,
  rows = section.saved,
  label,
  ordered = false,
  empty,
  renderRow,
  actions,
}: ItemListProps<Item>) {
  const { caseId, noun, items, newItems, focusKey, focusAddButton, addButtonRef, add } = section;
  const rowCount = rows.length + newItems.entries.length;
  const deleteLabel = (position: number): string =>
    rowCount > 1 ? `Delete ${noun} ${position + 1}` : `Delete ${noun}`;

  const savedRows = rows.map((item, position) => (
    <Fragment key={newItems.keyOf(item.id)}>
      {renderRow({
        item,
        isNew: false,
        position,
        props: { caseId, deleteLabel: deleteLabel(position), onDeleted: focusAddButton },
      })}
    </Fragment>
  ));
  const newRows = newItems.entries.map((entry, index) => {
    const position = rows.length + index;
    const item = entry.id === null ? null : (items.find((stored) => stored.id === entry.id) ?? null);
    const props: ItemListRowProps = {
      caseId,
      deleteLabel: deleteLabel(position),
      initialDrafts: entry.initialDrafts,
      focusOnMount: entry.key === focusKey,
      onDraftChange: (values) => newItems.onDraftChange(entry.key, values),
      onDiscardDraft: () => {
        newItems.discard(entry.key);
        focusAddButton();
      },
      onCreated: (id, stillFocused = false) => {
        newItems.onCreated(entry.key, id);
        if (!stillFocused) newItems.release(entry.key);
      },
      onLeave: () => newItems.release(entry.key),
      onDeleted: focusAddButton,
    };
    return <Fragment key={entry.key}>{renderRow({ item, isNew: true, position, props })}</Fragment>;
  });

  const List = ordered ? 'ol' : 'ul';
  const list = (
    <List className="item-list" aria-label={label}>
      {[...savedRows, ...newRows]}
    </List>
  );
  return (
    <>
      {rowCount === 0 ? empty : ordered ? <KeepFocus>{list}</KeepFocus> : list}
      <div className="items-actions">
        <button ref={addButtonRef} type="button" className="button" onClick={add}>
          {`Add ${noun}`}
        </button>
        {actions}
      </div>
    </>
  );
}
