import { useEffect, useState } from 'react';
import { markWaiting, registerCommitter } from './save-queue.ts';

export const AUTOSAVE_DELAY_MS = 600;

export interface DebouncedEdit {
  /** Replaces the pending commit and restarts the clock. */
  readonly schedule: (commit: () => void) => void;
  /** Runs the pending commit now, if any. */
  readonly commitNow: () => void;
  /** Drops the pending commit (its caller commits by other means). */
  readonly cancel: () => void;
}

function createDebouncedEdit(delayMs: number): DebouncedEdit {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: (() => void) | null = null;
  function clear(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }
  const edit: DebouncedEdit = {
    schedule(commit) {
      clear();
      if (pending === null) markWaiting(true);
      pending = commit;
      timer = setTimeout(edit.commitNow, delayMs);
    },
    commitNow() {
      clear();
      const commit = pending;
      pending = null;
      if (commit) {
        markWaiting(false);
        commit();
      }
    },
    cancel() {
      clear();
      if (pending) markWaiting(false);
      pending = null;
    },
  };
  return edit;
}

/**
 * Holds one pending commit: it runs `delayMs` after the last `schedule`, or at once on `commitNow`, on a
 * flush request (the window is closing), or when the component unmounts — never dropped.
 */
export function useDebouncedEdit(delayMs: number = AUTOSAVE_DELAY_MS): DebouncedEdit {
  const [edit] = useState(() => createDebouncedEdit(delayMs));
  useEffect(() => {
    const unregister = registerCommitter(edit.commitNow);
    return () => {
      unregister();
      edit.commitNow();
    };
  }, [edit]);
  return edit;
}
