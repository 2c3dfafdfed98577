import { useCallback, useState } from 'react';
import { SECTIONS } from '../features/case/sections.ts';
import type { SectionId } from '../features/case/sections.ts';

const STORAGE_KEY = 'casebook.lastSection';
const MAX_REMEMBERED = 200;

function readAll(): Record<string, SectionId> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    const known = new Set<string>(SECTIONS.map((section) => section.id));
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, SectionId] => typeof entry[1] === 'string' && known.has(entry[1]),
      ),
    );
  } catch {
    return {};
  }
}

/** The section shown for a case, remembered per case so reopening it returns to where the person was. */
export function useLastSection(caseId: string): [SectionId, (section: SectionId) => void] {
  const [section, setSectionState] = useState<SectionId>(() => readAll()[caseId] ?? 'overview');
  const setSection = useCallback(
    (next: SectionId) => {
      setSectionState(next);
      try {
        const all = readAll();
        delete all[caseId];
        all[caseId] = next;
        // Insertion order is recency: keep only the most recent cases.
        const kept = Object.entries(all).slice(-MAX_REMEMBERED);
        window.localStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(kept)));
      } catch {
        // Storage may be unavailable; the section still holds for this session.
      }
    },
    [caseId],
  );
  return [section, setSection];
}
