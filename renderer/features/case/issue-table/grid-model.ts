import type { IssueRow } from '../../../../shared/domain/case-document.ts';

export const COLUMNS = [
  { field: 'issue', label: 'Issue' },
  { field: 'response', label: 'Response' },
  { field: 'impact', label: 'Impact' },
] as const;
export type ColumnField = (typeof COLUMNS)[number]['field'];
export const COLUMN_COUNT = COLUMNS.length;

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** Changes made in the window that the notebook has not echoed back yet. */
export interface OptimisticRows {
  readonly inserted: readonly { readonly row: IssueRow; readonly afterId: string | null | undefined }[];
  readonly removed: ReadonlySet<string>;
  readonly order: readonly string[] | null;
}
export const NO_OPTIMISM: OptimisticRows = { inserted: [], removed: new Set(), order: null };

export function applyOptimism(stored: readonly IssueRow[], optimism: OptimisticRows): IssueRow[] {
  const rows = stored.filter((row) => !optimism.removed.has(row.id));
  for (const { row, afterId } of optimism.inserted) {
    if (rows.some((existing) => existing.id === row.id)) continue;
    const at =
      afterId === undefined
        ? rows.length
        : afterId === null
          ? 0
          : rows.findIndex((existing) => existing.id === afterId) + 1;
    rows.splice(at <= 0 && afterId !== null ? rows.length : at, 0, row);
  }
  if (optimism.order) {
    const position = new Map(optimism.order.map((id, index) => [id, index]));
    rows.sort((a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity));
  }
  return rows;
}

/** Forgets the optimistic changes the stored rows now reflect. */
export function settleOptimism(stored: readonly IssueRow[], optimism: OptimisticRows): OptimisticRows {
  const ids = new Set(stored.map((row) => row.id));
  const inserted = optimism.inserted.filter(({ row }) => !ids.has(row.id));
  const removed = new Set([...optimism.removed].filter((id) => ids.has(id)));
  const storedOrder = stored.map((row) => row.id).join(',');
  const order =
    optimism.order && optimism.order.filter((id) => ids.has(id)).join(',') !== storedOrder ? optimism.order : null;
  if (
    inserted.length === optimism.inserted.length &&
    removed.size === optimism.removed.size &&
    order === optimism.order
  )
    return optimism;
  return { inserted, removed, order };
}

export function moveId(ids: readonly string[], from: number, to: number): string[] {
  const next = [...ids];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

export function cellKey(rowId: string, field: ColumnField): string {
  return `${rowId}:${field}`;
}

/** True for a key press that types a character (and so starts editing a cell). */
export function isTypingKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** Keys an input method uses while composing: they never commit, move or trigger shortcuts. */
export function isComposing(event: {
  nativeEvent: { isComposing?: boolean; keyCode?: number };
  keyCode?: number;
}): boolean {
  return event.nativeEvent.isComposing === true || event.nativeEvent.keyCode === 229 || event.keyCode === 229;
}
