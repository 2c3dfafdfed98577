import { useSyncExternalStore } from 'react';

/**
 * Undo and redo for structured edits (fields, cells, reorders, deletes) outside the narrative editor,
 * which keeps its own history. Every section records an edit AFTER its write succeeded, with the two
 * calls that take it back and do it again (e.g. update with the old value / the new value, or
 * trash.restore / delete). Undo and redo themselves go through the caller-supplied functions, which must
 * use the save queue like any other write.
 */
export interface RecordedEdit {
  /** What a person would call the edit: "Edit cell", "Delete row", "Move row". */
  readonly label: string;
  /** The case the edit belongs to; undo only applies to edits of the case on screen. */
  readonly caseId: string | null;
  readonly undo: () => Promise<void>;
  readonly redo: () => Promise<void>;
}

export interface EditHistoryState {
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
}

const MAX_EDITS = 200;
let undoStack: RecordedEdit[] = [];
let redoStack: RecordedEdit[] = [];
let busy = false;
let snapshot: EditHistoryState = { undoLabel: null, redoLabel: null };
const subscribers = new Set<() => void>();

function publish(): void {
  snapshot = { undoLabel: undoStack.at(-1)?.label ?? null, redoLabel: redoStack.at(-1)?.label ?? null };
  for (const subscriber of subscribers) subscriber();
}

export function recordEdit(edit: RecordedEdit): void {
  undoStack.push(edit);
  if (undoStack.length > MAX_EDITS) undoStack = undoStack.slice(-MAX_EDITS);
  redoStack = [];
  publish();
}

async function move(from: RecordedEdit[], to: RecordedEdit[], run: (edit: RecordedEdit) => Promise<void>): Promise<RecordedEdit | null> {
  if (busy) return null;
  const edit = from.pop();
  if (!edit) return null;
  busy = true;
  try {
    await run(edit);
    to.push(edit);
    return edit;
  } catch (error) {
    // The edit could not be taken back (e.g. its item was deleted meanwhile): keep it where it was.
    from.push(edit);
    throw error;
  } finally {
    busy = false;
    publish();
  }
}

/** Takes back the last edit; resolves to it, or null when there is nothing to undo. */
export function undoLastEdit(): Promise<RecordedEdit | null> {
  return move(undoStack, redoStack, (edit) => edit.undo());
}

/** Does the last undone edit again; resolves to it, or null when there is nothing to redo. */
export function redoLastEdit(): Promise<RecordedEdit | null> {
  return move(redoStack, undoStack, (edit) => edit.redo());
}

/** Forgets edits of other cases, e.g. when a notebook is switched. */
export function clearEditHistory(): void {
  undoStack = [];
  redoStack = [];
  publish();
}

export function useEditHistory(): EditHistoryState {
  return useSyncExternalStore(
    (onChange) => {
      subscribers.add(onChange);
      return () => subscribers.delete(onChange);
    },
    () => snapshot,
  );
}
