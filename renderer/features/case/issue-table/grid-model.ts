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

/** The row fields set from pickers and buttons rather than typed into a cell. */
export type RowDetails = Partial<Pick<IssueRow, 'strategy' | 'benoit' | 'actorId' | 'incomplete'>>;

/** Changes made in the window that the notebook has not echoed back yet. */
export interface OptimisticRows {
  readonly inserted: readonly { readonly row: IssueRow; readonly afterId: string | null | undefined }[];
  readonly removed: ReadonlySet<string>;
  readonly order: readonly string[] | null;
  readonly patched: ReadonlyMap<string, RowDetails>;
}
export const NO_OPTIMISM: OptimisticRows = { inserted: [], removed: new Set(), order: null, patched: new Map() };

function matches(row: IssueRow, details: RowDetails): boolean {
  return (Object.keys(details) as (keyof RowDetails)[]).every((key) => row[key] === details[key]);
}

export function applyOptimism(stored: readonly IssueRow[], optimism: OptimisticRows): IssueRow[] {
  const rows = stored
    .filter((row) => !optimism.removed.has(row.id))
    .map((row) => {
      const details = optimism.patched.get(row.id);
      return details && !matches(row, details) ? { ...row, ...details } : row;
    });
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
  const patched = new Map(
    [...optimism.patched].filter(([id, details]) => {
      const row = stored.find((candidate) => candidate.id === id);
      return row !== undefined && !matches(row, details);
    }),
  );
  if (
    inserted.length === optimism.inserted.length &&
    removed.size === optimism.removed.size &&
    order === optimism.order &&
    patched.size === optimism.patched.size
  )
    return optimism;
  return { inserted, removed, order, patched };
}

export function moveId(ids: readonly string[], from: number, to: number): string[] {
  const next = [...ids];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

/** Puts `id` at `index` in `ids` (clamped), wherever it is now; used to undo and redo a move. */
export function placeId(ids: readonly string[], id: string, index: number): string[] {
  const from = ids.indexOf(id);
  if (from < 0) return [...ids];
  return moveId(ids, from, Math.max(0, Math.min(ids.length - 1, index)));
}

/** Top and bottom of each row on screen, in row order. */
export interface RowBounds {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Where a row dragged from `from` would land with the pointer at `y`: `before` is the gap the drop
 * indicator marks (0 = above the first row, rows.length = below the last) and `to` the row's index after
 * the move; null when dropping would leave the row where it is.
 */
export function dropTarget(
  bounds: readonly RowBounds[],
  from: number,
  y: number,
): { readonly before: number; readonly to: number } | null {
  if (bounds.length === 0) return null;
  let before = bounds.length;
  for (let index = 0; index < bounds.length; index++) {
    const { top, bottom } = bounds[index]!;
    if (y < (top + bottom) / 2) {
      before = index;
      break;
    }
  }
  const to = before > from ? before - 1 : before;
  return to === from ? null : { before, to };
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
