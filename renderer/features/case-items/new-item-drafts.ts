import { useSyncExternalStore } from 'react';

/**
 * New items not written yet (an event without its date, a quote without its text), kept outside the
 * components so that switching sections or cases never drops what was typed. Keyed by case and kind.
 */
export interface NewItemDraft {
  readonly key: string;
  readonly values: Readonly<Record<string, unknown>>;
}

const drafts = new Map<string, readonly NewItemDraft[]>();
const subscribers = new Set<() => void>();
const EMPTY: readonly NewItemDraft[] = [];
let counter = 0;

function scopeOf(caseId: string, kind: string): string {
  return `${caseId} ${kind}`;
}

function publish(): void {
  for (const subscriber of subscribers) subscriber();
}

export function useNewItemDrafts(caseId: string, kind: string): readonly NewItemDraft[] {
  return useSyncExternalStore(
    (onChange) => {
      subscribers.add(onChange);
      return () => subscribers.delete(onChange);
    },
    () => drafts.get(scopeOf(caseId, kind)) ?? EMPTY,
  );
}

/** Opens a new draft and returns its key. */
export function addNewItemDraft(caseId: string, kind: string): string {
  const key = `new-${kind}-${++counter}`;
  const scope = scopeOf(caseId, kind);
  drafts.set(scope, [...(drafts.get(scope) ?? EMPTY), { key, values: {} }]);
  publish();
  return key;
}

/** Remembers what was typed into a draft (no re-render: the form shows it already). */
export function saveNewItemDraft(
  caseId: string,
  kind: string,
  key: string,
  values: Readonly<Record<string, unknown>>,
): void {
  const scope = scopeOf(caseId, kind);
  const list = drafts.get(scope);
  if (!list) return;
  drafts.set(
    scope,
    list.map((draft) => (draft.key === key ? { key, values } : draft)),
  );
}

export function removeNewItemDraft(caseId: string, kind: string, key: string): void {
  const scope = scopeOf(caseId, kind);
  const list = drafts.get(scope);
  if (!list) return;
  const next = list.filter((draft) => draft.key !== key);
  if (next.length === 0) drafts.delete(scope);
  else drafts.set(scope, next);
  publish();
}

/** For tests: forget every draft. */
export function clearNewItemDrafts(): void {
  drafts.clear();
  publish();
}
