import type { NotebookDb } from '../../store/database.ts';
import { getNotebookSetting } from '../../store/notebook-settings.ts';

export const HISTORY_BUDGET_KEY = 'history.budgetBytes';
export const DEFAULT_HISTORY_BUDGET_BYTES = 256 * 1024 * 1024;
export const MIN_HISTORY_BUDGET_BYTES = 8 * 1024 * 1024;
export const MAX_HISTORY_BUDGET_BYTES = 64 * 1024 * 1024 * 1024;

/** The most space the notebook's version history may take, as the user set it. */
export function historyBudgetBytes(db: NotebookDb): number {
  const value = getNotebookSetting(db, HISTORY_BUDGET_KEY);
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_HISTORY_BUDGET_BYTES
    ? Math.min(value, MAX_HISTORY_BUDGET_BYTES)
    : DEFAULT_HISTORY_BUDGET_BYTES;
}
