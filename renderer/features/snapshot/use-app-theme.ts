import { useEffect, useState } from 'react';
import type { SnapshotTheme } from './snapshot-document.ts';

function currentTheme(): SnapshotTheme {
  return document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
}

/** The window's light or dark theme (renderer/app/theme.ts sets it on <html>), following changes. */
export function useAppTheme(): SnapshotTheme {
  const [theme, setTheme] = useState(currentTheme);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(currentTheme()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return theme;
}
