import { useEffect } from 'react';
import { CASE_CONTENT_TABLES } from '../../../shared/contract/tables.ts';
import { bridge, mutate } from '../../api.ts';

/** A stretch of editing ends after this long without a change. */
export const EDITING_PAUSE_MS = 3 * 60 * 1000;

const CONTENT = new Set<string>(CASE_CONTENT_TABLES);

/**
 * Keeps a version of the open case at the end of each editing stretch: after a pause in its changes, and
 * when another case is opened (or the window closes the case). Nothing is kept while nothing changed.
 */
export function useVersionKeeper(caseId: string, pauseMs: number = EDITING_PAUSE_MS): void {
  useEffect(() => {
    let dirty = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const keep = (reason: 'pause' | 'switch') => {
      if (!dirty) return;
      dirty = false;
      // A version is a convenience on top of saved work: failing to keep one must not disturb editing.
      mutate('versions.record', { caseId, reason }).catch(() => undefined);
    };
    const stop = bridge().on('tables-changed', ({ tables }) => {
      if (!tables.some((table) => CONTENT.has(table))) return;
      dirty = true;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => keep('pause'), pauseMs);
    });
    return () => {
      stop();
      if (timer !== null) clearTimeout(timer);
      keep('switch');
    };
  }, [caseId, pauseMs]);
}
