import { Fragment, useLayoutEffect, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Actor, IssueRow, Source } from '../../../../shared/domain/case-document.ts';
import { call, errorMessage, mutate } from '../../../api.ts';
import { useAppEvent } from '../../../app-events.ts';
import { useDebouncedEdit } from '../../../debounced-edit.ts';
import { recordEdit } from '../../../edit-history.ts';
import { enqueueWrite } from '../../../save-queue.ts';
import { useToast } from '../../../ui/toasts.tsx';
import {
  applyOptimism,
  cellKey,
  COLUMN_COUNT,
  COLUMNS,
  isComposing,
  isTypingKey,
  moveId,
  NO_OPTIMISM,
  placeId,
  settleOptimism,
} from './grid-model.ts';
import type { CellPosition, ColumnField, OptimisticRows, RowDetails } from './grid-model.ts';
import { IssueGridRow } from './IssueGridRow.tsx';
import { IssueRowDetails } from './IssueRowDetails.tsx';
import { useRowDrag } from './use-row-drag.ts';
import './issue-grid.css';

interface Editing {
  readonly rowId: string;
  readonly field: ColumnField;
  readonly text: string;
  /** The cell's text when editing began: what undo puts back. */
  readonly original: string;
}

const DETAIL_LABELS: Readonly<Record<keyof RowDetails, string>> = {
  strategy: 'Code strategy',
  benoit: 'Code Benoit strategy',
  actorId: 'Set actor',
  incomplete: 'Mark row',
};

/**
 * The issue / response / impact table as an ARIA grid. Arrows move between cells; Enter or typing edits;
 * while editing, Enter commits and moves down, Tab right, Shift+Enter adds a line and Escape leaves the
 * cell keeping the text. Text being typed is saved on a short debounce, so nothing typed is lost. Each
 * row's codes, actor, sources and "incomplete" mark live in a details row opened from the row. Every
 * edit is recorded for undo (renderer/edit-history.ts).
 */
export function IssueGrid({
  caseId,
  rows: storedRows,
  sources,
  actors = [],
}: {
  caseId: string;
  rows: readonly IssueRow[];
  sources: readonly Source[];
  actors?: readonly Actor[];
}) {
  const [optimism, setOptimism] = useState<OptimisticRows>(NO_OPTIMISM);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [adding, setAdding] = useState(false);
  const [expandedId, setExpandedId] = useState<string | null>(null);
  const focusRequest = useRef<'cell' | 'editor' | { readonly rowId: string; readonly action: string } | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const lastWrites = useRef(new Map<string, Promise<unknown>>());
  const edit = useDebouncedEdit();
  const toast = useToast();

  const rows = applyOptimism(storedRows, optimism);
  const activeRow = Math.min(active.row, Math.max(0, rows.length - 1));
  const activeCol = Math.min(active.col, COLUMN_COUNT - 1);

  // When the notebook's rows arrive, forget the optimistic changes and drafts they now reflect.
  const [settledRows, setSettledRows] = useState(storedRows);
  if (settledRows !== storedRows) {
    setSettledRows(storedRows);
    setOptimism((current) => settleOptimism(storedRows, current));
    setDrafts((current) => {
      if (current.size === 0) return current;
      const next = new Map(current);
      for (const row of storedRows)
        for (const { field } of COLUMNS)
          if (next.get(cellKey(row.id, field)) === row[field]) next.delete(cellKey(row.id, field));
      return next.size === current.size ? current : next;
    });
  }

  useLayoutEffect(() => {
    const target = focusRequest.current;
    if (!target || !gridRef.current) return;
    const selector =
      target === 'editor'
        ? 'textarea[data-editor]'
        : target === 'cell'
          ? '[role="gridcell"][tabindex="0"]'
          : `[data-row-id="${CSS.escape(target.rowId)}"] [data-action="${target.action}"]`;
    const element = gridRef.current.querySelector<HTMLElement>(selector);
    if (!element) return;
    focusRequest.current = null;
    element.focus();
    if (element instanceof HTMLTextAreaElement) element.setSelectionRange(element.value.length, element.value.length);
  });

  function valueOf(row: IssueRow, field: ColumnField): string {
    return drafts.get(cellKey(row.id, field)) ?? row[field];
  }

  /** Shows `text` in the cell at once and writes it; resolves when the cell's latest write returned. */
  function writeCell(rowId: string, field: ColumnField, text: string): Promise<unknown> {
    const key = cellKey(rowId, field);
    setDrafts((current) => new Map(current).set(key, text));
    const write = mutate('issueRows.update', { id: rowId, patch: { [field]: text } });
    lastWrites.current.set(key, write);
    return write;
  }

  function saveCell(rowId: string, field: ColumnField, text: string): Promise<unknown> {
    const row = rows.find((candidate) => candidate.id === rowId);
    const previous = lastWrites.current.get(cellKey(rowId, field)) ?? Promise.resolve();
    if (!row || valueOf(row, field) === text) return previous;
    // A failed save keeps the draft on screen; the status region shows why.
    return writeCell(rowId, field, text);
  }

  /** For undo and redo: writes the text and drops the draft if the write fails. */
  async function restoreCell(rowId: string, field: ColumnField, text: string): Promise<void> {
    try {
      await writeCell(rowId, field, text);
    } catch (error) {
      setDrafts((current) => {
        const next = new Map(current);
        next.delete(cellKey(rowId, field));
        return next;
      });
      throw error;
    }
  }

  function focusCell(position: CellPosition): void {
    focusRequest.current = 'cell';
    setActive({
      row: Math.max(0, Math.min(rows.length - 1, position.row)),
      col: Math.max(0, Math.min(COLUMN_COUNT - 1, position.col)),
    });
  }

  function startEditing(row: IssueRow, col: number, text?: string): void {
    const field = COLUMNS[col]?.field;
    if (!field) return;
    const original = valueOf(row, field);
    focusRequest.current = 'editor';
    flushSync(() => {
      setActive({ row: rows.indexOf(row), col });
      setEditing({ rowId: row.id, field, text: text ?? original, original });
    });
    if (text !== undefined) edit.schedule(() => void saveCell(row.id, field, text).catch(() => undefined));
  }

  /** Leaves the editor keeping its text (saved now, recorded for undo); returns where the editor was. */
  function finishEditing(): CellPosition | null {
    if (!editing) return null;
    edit.cancel();
    const { rowId, field, text, original } = editing;
    const saved = saveCell(rowId, field, text);
    if (text !== original)
      saved.then(
        () =>
          recordEdit({
            label: 'Edit cell',
            caseId,
            undo: () => restoreCell(rowId, field, original),
            redo: () => restoreCell(rowId, field, text),
          }),
        () => undefined,
      );
    const position = {
      row: rows.findIndex((row) => row.id === rowId),
      col: COLUMNS.findIndex((column) => column.field === field),
    };
    setEditing(null);
    return position.row < 0 ? null : position;
  }

  function onEditorChange(text: string): void {
    if (!editing) return;
    const { rowId, field } = editing;
    setEditing({ ...editing, text });
    edit.schedule(() => void saveCell(rowId, field, text).catch(() => undefined));
  }

  function onEditorKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    event.stopPropagation();
    if (isComposing(event)) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const at = finishEditing();
      if (at) focusCell({ row: at.row + 1, col: at.col });
    } else if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const at = finishEditing();
      if (!at) return;
      const flat = at.row * COLUMN_COUNT + at.col + (event.shiftKey ? -1 : 1);
      const last = rows.length * COLUMN_COUNT - 1;
      const target = Math.max(0, Math.min(last, flat));
      focusCell({ row: Math.floor(target / COLUMN_COUNT), col: target % COLUMN_COUNT });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      const at = finishEditing();
      if (at) focusCell(at);
    }
  }

  function onEditorBlur(event: FocusEvent<HTMLTextAreaElement>): void {
    if (event.relatedTarget !== event.currentTarget) finishEditing();
  }

  function onGridKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (isComposing(event) || editing) return;
    const target = event.target as HTMLElement;
    const onCell = target.getAttribute('role') === 'gridcell';
    const onRowAction = target.dataset['action'] !== undefined;
    if (!onCell && !onRowAction) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      const rowId = target.closest<HTMLElement>('[data-row-id]')?.dataset['rowId'];
      const from = rows.findIndex((row) => row.id === rowId);
      if (from < 0) return;
      event.preventDefault();
      reorder(from, event.key === 'ArrowUp' ? from - 1 : from + 1, activeCol);
      return;
    }
    const row = rows[activeRow];
    if (!onCell || !row) return;
    const mod = event.ctrlKey || event.metaKey;
    const moves: Record<string, CellPosition> = {
      ArrowUp: { row: activeRow - 1, col: activeCol },
      ArrowDown: { row: activeRow + 1, col: activeCol },
      ArrowLeft: { row: activeRow, col: activeCol - 1 },
      ArrowRight: { row: activeRow, col: activeCol + 1 },
      Home: mod ? { row: 0, col: 0 } : { row: activeRow, col: 0 },
      End: mod ? { row: rows.length - 1, col: COLUMN_COUNT - 1 } : { row: activeRow, col: COLUMN_COUNT - 1 },
      PageUp: { row: 0, col: activeCol },
      PageDown: { row: rows.length - 1, col: activeCol },
    };
    const move = moves[event.key];
    if (move && !event.altKey) {
      event.preventDefault();
      focusCell(move);
    } else if ((event.key === 'Enter' || event.key === 'F2') && !mod && !event.altKey) {
      event.preventDefault();
      startEditing(row, activeCol);
    } else if (isTypingKey(event)) {
      event.preventDefault();
      const field = COLUMNS[activeCol]?.field;
      if (field) startEditing(row, activeCol, valueOf(row, field) + event.key);
    }
  }

  /** Shows `ids` as the order at once and writes it. */
  function writeOrder(ids: readonly string[]): Promise<unknown> {
    setOptimism((current) => ({ ...current, order: ids }));
    return mutate('issueRows.reorder', { caseId, ids: [...ids] }).catch((error: unknown) => {
      setOptimism((current) => ({ ...current, order: null }));
      throw error;
    });
  }

  /**
   * For undo and redo of a move: puts the row at `index` of the order as stored when the write runs (rows
   * may have been added, deleted or restored since, and the window may not show that yet).
   */
  function moveRowTo(rowId: string, index: number): Promise<void> {
    return enqueueWrite(async () => {
      const stored = await call('cases.get', { id: caseId });
      const ids = placeId(
        stored.issueRows.map((row) => row.id),
        rowId,
        index,
      );
      setOptimism((current) => ({ ...current, order: ids }));
      try {
        await call('issueRows.reorder', { caseId, ids });
      } catch (error) {
        setOptimism((current) => ({ ...current, order: null }));
        throw error;
      }
    });
  }

  function reorder(from: number, to: number, col: number): void {
    if (to < 0 || to >= rows.length || from === to) return;
    const ids = moveId(
      rows.map((row) => row.id),
      from,
      to,
    );
    const movedId = rows[from]?.id;
    setActive({ row: to, col });
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const action = focused?.dataset['action'];
    focusRequest.current =
      focused?.getAttribute('role') === 'gridcell' ? 'cell' : action && movedId ? { rowId: movedId, action } : null;
    writeOrder(ids).then(
      () => {
        if (!movedId) return;
        const moveTo = (index: number) => () => moveRowTo(movedId, index);
        recordEdit({ label: 'Move row', caseId, undo: moveTo(from), redo: moveTo(to) });
      },
      () => undefined,
    );
  }

  function hide(rowId: string): void {
    setOptimism((current) => ({ ...current, removed: new Set(current.removed).add(rowId) }));
  }
  function unhide(rowId: string): void {
    setOptimism((current) => {
      const removed = new Set(current.removed);
      removed.delete(rowId);
      return { ...current, removed };
    });
  }

  /** Moving a row to the trash and back, for undo and redo of "Add row". */
  function trashable(rowId: string): { trash: () => Promise<void>; restore: () => Promise<void> } {
    let trashId: string | null = null;
    return {
      async trash() {
        hide(rowId);
        try {
          trashId = (await mutate('issueRows.delete', { id: rowId })).trashId;
        } catch (error) {
          unhide(rowId);
          throw error;
        }
      },
      async restore() {
        if (trashId !== null) await mutate('trash.restore', { id: trashId });
        unhide(rowId);
      },
    };
  }

  async function addRow(afterId: string | undefined): Promise<void> {
    setAdding(true);
    try {
      const created = await mutate('issueRows.create', { caseId, ...(afterId !== undefined ? { afterId } : {}) });
      setOptimism((current) => ({ ...current, inserted: [...current.inserted, { row: created, afterId }] }));
      focusRequest.current = 'editor';
      setEditing({ rowId: created.id, field: 'issue', text: '', original: '' });
      const index = afterId === undefined ? rows.length : rows.findIndex((row) => row.id === afterId) + 1;
      setActive({ row: index, col: 0 });
      const added = trashable(created.id);
      recordEdit({ label: 'Add row', caseId, undo: added.trash, redo: added.restore });
    } catch (error) {
      toast({ message: `The row could not be added: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setAdding(false);
    }
  }

  async function deleteRow(row: IssueRow, index: number): Promise<void> {
    if (editing?.rowId === row.id) {
      edit.cancel();
      setEditing(null);
    }
    hide(row.id);
    try {
      let { trashId } = await mutate('issueRows.delete', { id: row.id });
      toast({
        message: `Row ${index + 1} moved to the trash.`,
        action: { label: 'Undo', run: async () => void (await mutate('trash.restore', { id: trashId })) },
      });
      recordEdit({
        label: 'Delete row',
        caseId,
        undo: async () => {
          await mutate('trash.restore', { id: trashId });
          unhide(row.id);
        },
        redo: async () => {
          hide(row.id);
          trashId = (await mutate('issueRows.delete', { id: row.id })).trashId;
        },
      });
    } catch (error) {
      unhide(row.id);
      toast({ message: `The row could not be deleted: ${errorMessage(error)}`, tone: 'error' });
    }
  }

  /** Shows the details at once and writes them. */
  function writeDetails(rowId: string, details: RowDetails): Promise<unknown> {
    setOptimism((current) => {
      const patched = new Map(current.patched);
      patched.set(rowId, { ...patched.get(rowId), ...details });
      return { ...current, patched };
    });
    return mutate('issueRows.update', { id: rowId, patch: details }).catch((error: unknown) => {
      setOptimism((current) => {
        const patched = new Map(current.patched);
        patched.delete(rowId);
        return { ...current, patched };
      });
      throw error;
    });
  }

  function changeDetails(row: IssueRow, details: RowDetails): void {
    const keys = Object.keys(details) as (keyof RowDetails)[];
    const before = Object.fromEntries(keys.map((key) => [key, row[key]])) as RowDetails;
    if (keys.every((key) => before[key] === details[key])) return;
    const label =
      keys.length === 1 && keys[0] === 'incomplete'
        ? details.incomplete
          ? 'Mark row incomplete'
          : 'Mark row complete'
        : DETAIL_LABELS[keys[0] ?? 'strategy'];
    writeDetails(row.id, details).then(
      () =>
        recordEdit({
          label,
          caseId,
          undo: () => writeDetails(row.id, before).then(() => undefined),
          redo: () => writeDetails(row.id, details).then(() => undefined),
        }),
      (error: unknown) => toast({ message: `The row could not be saved: ${errorMessage(error)}`, tone: 'error' }),
    );
  }

  function toggleDetails(row: IssueRow): void {
    setExpandedId((current) => (current === row.id ? null : row.id));
  }

  /** The row whose cell had focus just before "Add row" was pressed: the new row goes below it. */
  const rowBeforeAdd = useRef<string | undefined>(undefined);
  function rememberFocusedRow(event: FocusEvent<HTMLButtonElement>): void {
    const from =
      event.relatedTarget instanceof HTMLElement ? event.relatedTarget.closest<HTMLElement>('[data-row-id]') : null;
    rowBeforeAdd.current = from && gridRef.current?.contains(from) ? (from.dataset['rowId'] ?? undefined) : undefined;
  }

  useAppEvent('casebook:add-item', ({ kind }) => {
    if (kind === 'row' && !adding) void addRow(undefined);
  });
  const drag = useRowDrag(gridRef, (from, to) => reorder(from, to, activeCol));

  const sourceTitles = new Map(sources.map((source) => [source.id, source.title]));
  const actorNames = new Map(actors.map((actor) => [actor.id, actor.name]));
  const expandedIndex = rows.findIndex((row) => row.id === expandedId);
  let ariaRow = 1;
  return (
    <div className="issue-table">
      <div
        ref={gridRef}
        role="grid"
        aria-label="Issue / response / impact"
        aria-rowcount={rows.length + 1 + (expandedIndex >= 0 ? 1 : 0)}
        aria-colcount={COLUMN_COUNT + 1}
        className={drag.from !== null ? 'issue-grid is-dragging' : 'issue-grid'}
        onKeyDown={onGridKeyDown}
      >
        <div role="row" className="issue-grid-row issue-grid-header" aria-rowindex={1}>
          {COLUMNS.map((column) => (
            <div key={column.field} role="columnheader" className="issue-grid-columnheader">
              {column.label}
            </div>
          ))}
          <div
            role="columnheader"
            className="issue-grid-columnheader issue-grid-columnheader-details"
            aria-label="Details and actions"
          />
        </div>
        {rows.map((row, index) => {
          const expanded = row.id === expandedId;
          const rowIndex = ++ariaRow;
          const detailsIndex = expanded ? ++ariaRow : 0;
          return (
            <Fragment key={row.id}>
              <IssueGridRow
                row={row}
                index={index}
                ariaRowIndex={rowIndex}
                rowCount={rows.length}
                activeCol={index === activeRow ? activeCol : null}
                editing={editing?.rowId === row.id ? editing : null}
                valueOf={(field) => valueOf(row, field)}
                sourceTitles={sourceTitles}
                actorName={row.actorId ? (actorNames.get(row.actorId) ?? null) : null}
                expanded={expanded}
                dragging={drag.from === index}
                dropIndicator={
                  drag.before === index
                    ? 'before'
                    : drag.before === rows.length && index === rows.length - 1
                      ? 'after'
                      : null
                }
                onCellFocus={(col) => setActive({ row: index, col })}
                onCellDoubleClick={(col) => startEditing(row, col)}
                onEditorChange={onEditorChange}
                onEditorKeyDown={onEditorKeyDown}
                onEditorBlur={onEditorBlur}
                onMove={(to) => reorder(index, to, activeCol)}
                onDragStart={(event) => drag.start(event, index)}
                onToggleDetails={() => toggleDetails(row)}
                onDelete={() => void deleteRow(row, index)}
              />
              {expanded && (
                <IssueRowDetails
                  caseId={caseId}
                  row={row}
                  index={index}
                  ariaRowIndex={detailsIndex}
                  actors={actors}
                  sources={sources}
                  onChange={(details) => changeDetails(row, details)}
                  onClose={() => {
                    focusRequest.current = { rowId: row.id, action: 'details' };
                    setExpandedId(null);
                  }}
                />
              )}
            </Fragment>
          );
        })}
      </div>
      {rows.length === 0 && (
        <p className="issue-grid-empty">No rows yet. Add the first issue, the response to it and its impact.</p>
      )}
      <button
        type="button"
        className="button issue-grid-add"
        disabled={adding}
        onFocus={rememberFocusedRow}
        onClick={() => void addRow(rowBeforeAdd.current)}
      >
        Add row
      </button>
    </div>
  );
}
