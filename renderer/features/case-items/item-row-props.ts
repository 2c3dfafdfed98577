/**
 * What a section's list (ItemList) gives each of its rows: the case, the row's delete button's name,
 * and for a new item, what was typed into it and how it becomes a written one.
 */
export interface ItemRowProps<Values> {
  readonly caseId: string;
  /** How the row's delete button names it: "Delete fact", "Delete fact 3". */
  readonly deleteLabel: string;
  /** What was typed into this new item before its row showed it. */
  readonly initialDrafts?: Partial<Values>;
  /** Puts the caret in the row's first field when it appears ("Add …" was pressed). */
  readonly focusOnMount?: boolean;
  /**
   * The new item was written. `stillFocused`: the person is still in its row, which then stays where it
   * is until focus leaves it (see `onLeave`); otherwise it takes its place in the list at once.
   */
  readonly onCreated?: (id: string, stillFocused?: boolean) => void;
  readonly onDraftChange?: (values: Partial<Values>) => void;
  /** The delete button of a new item never written. */
  readonly onDiscardDraft?: () => void;
  readonly onDeleted?: () => void;
}
