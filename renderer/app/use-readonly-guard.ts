import { useEffect, type RefObject } from 'react';
import { guardReadonlyFields } from './readonly-guard.ts';

const TELL_AGAIN_AFTER_MS = 4_000;

/** While `readonly`, the fields under `root` do not change, and a blocked edit says why (not on every key). */
export function useReadonlyGuard(root: RefObject<HTMLElement | null>, readonly: boolean, tell: () => void): void {
  useEffect(() => {
    const element = root.current;
    if (!readonly || element === null) return;
    let toldAt = -Infinity;
    return guardReadonlyFields(element, () => {
      const now = performance.now();
      if (now - toldAt < TELL_AGAIN_AFTER_MS) return;
      toldAt = now;
      tell();
    });
  }, [root, readonly, tell]);
}
