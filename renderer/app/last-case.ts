import { useCallback, useState } from 'react';

const STORAGE_KEY = 'casebook.lastCase';

/** The open case, remembered so the window reopens on it. */
export function useLastCase(): [string | null, (id: string | null) => void] {
  const [id, setIdState] = useState<string | null>(() => {
    try {
      return window.localStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  });
  const setId = useCallback((next: string | null) => {
    setIdState(next);
    try {
      if (next === null) window.localStorage.removeItem(STORAGE_KEY);
      else window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage may be unavailable; the selection still holds for this session.
    }
  }, []);
  return [id, setId];
}
