import { useCallback, useState } from 'react';
import { addNewItemDraft, removeNewItemDraft, saveNewItemDraft, useNewItemDrafts } from './new-item-drafts.ts';

export interface NewItemEntry {
  /** The React key the row keeps from draft to written item, so its fields keep focus. */
  readonly key: string;
  /** Null while the item is a draft; its id once written. */
  readonly id: string | null;
  readonly initialDrafts: Readonly<Record<string, unknown>>;
}

export interface NewItems {
  /** New rows to show after the list: drafts, and written items whose row still has focus. */
  readonly entries: readonly NewItemEntry[];
  /** Ids of written items still shown among `entries` (leave them out of the list). */
  readonly pinnedIds: ReadonlySet<string>;
  /** The React key of a listed item (a former draft keeps its draft's key). */
  readonly keyOf: (id: string) => string;
  /** Opens a new row; returns its key. */
  readonly open: () => string;
  readonly onDraftChange: (key: string, values: Readonly<Record<string, unknown>>) => void;
  readonly onCreated: (key: string, id: string) => void;
  /** Focus left the new row: it joins the list (in its sorted place) as soon as the list holds it. */
  readonly release: (key: string) => void;
  /** Drops a draft that was never written (its delete button). */
  readonly discard: (key: string) => void;
}

/**
 * The life of new items in a section: "Add …" opens a draft row (kept across unmounts), the row becomes
 * the written item without being re-created (same key, focus kept), and stays where it was typed until
 * focus leaves it.
 */
export function useNewItems(caseId: string, kind: string, storedIds: readonly string[]): NewItems {
  const drafts = useNewItemDrafts(caseId, kind);
  const [written, setWritten] = useState<readonly { key: string; id: string; released: boolean }[]>([]);

  // A released row leaves the pinned rows once the list holds its item; its key stays (see keyOf).
  const stored = new Set(storedIds);
  const pinned = written.filter((entry) => !(entry.released && stored.has(entry.id)));

  const aliases = new Map(written.map((entry) => [entry.id, entry.key]));
  const writtenKeys = new Set(written.map((entry) => entry.key));
  const entries: NewItemEntry[] = [
    ...pinned.map((entry) => ({ key: entry.key, id: entry.id, initialDrafts: {} })),
    ...drafts
      .filter((draft) => !writtenKeys.has(draft.key))
      .map((draft) => ({ key: draft.key, id: null, initialDrafts: draft.values })),
  ];

  const open = useCallback(() => addNewItemDraft(caseId, kind), [caseId, kind]);

  return {
    entries,
    pinnedIds: new Set(pinned.map((entry) => entry.id)),
    keyOf: (id) => aliases.get(id) ?? id,
    open,
    onDraftChange: (key, values) => saveNewItemDraft(caseId, kind, key, values),
    onCreated: (key, id) => {
      setWritten((current) => [...current, { key, id, released: false }]);
      removeNewItemDraft(caseId, kind, key);
    },
    release: (key) =>
      setWritten((current) => current.map((entry) => (entry.key === key ? { ...entry, released: true } : entry))),
    discard: (key) => removeNewItemDraft(caseId, kind, key),
  };
}
