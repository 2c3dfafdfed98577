import type { NotebookDb } from '../store/database.ts';

const TRACKING_PARAMETER = /^utm_(\w+)$/;

export function trackingName(parameter: string): string | null {
  return TRACKING_PARAMETER.exec(parameter)?.[1] ?? null;
}

export function firstWord(text: string): string | null {
  const match = /\w+/.exec(text);
  return match === null ? null : match[0];
}

// Objects of our own with methods named like better-sqlite3's are not database handles.
export function prepareDraft(draft: { prepare(): string; run(): void }): string {
  draft.run();
  return draft.prepare();
}

// Services may hold the handle and pass it on; only the store runs SQL on it.
export function isOpen(db: NotebookDb): boolean {
  return db.open && !db.readonly;
}
