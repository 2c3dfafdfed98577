import { useLayoutEffect, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { IssueRow, Source } from '../../../../shared/domain/case-document.ts';
import { errorMessage, mutate } from '../../../api.ts';
import { useDebouncedEdit } from '../../../debounced-edit.ts';
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
  settleOptimism,
} from './grid-model.ts';
import type { CellPosition, ColumnField, OptimisticRows } from './grid-model.ts';
import { IssueGridRow } from './IssueGridRow.tsx';
import './issue-grid.css';

interface Editing {
  readonly rowId: string;
  readonly field: ColumnField;
  readonly text: string;
}

/**
 * The issue / response / impact table as an ARIA grid. Arrows move between cells; Enter or typing edits;
 * while editing, Enter commits and moves down, Tab right, Shift+Enter adds a line and Escape leaves the
 * cell keeping the text. Text being typed is saved on a short debounce, so nothing typed is lost.
 */
export function IssueGrid({
  caseId,
  rows: storedRows,
  sources,
}: {
  caseId: string;
  rows: readonly IssueRow[];
  sources: readonly Source[];
}) {
  const [optimism, setOptimism] = useState<OptimisticRows>(NO_OPTIMISM);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [adding, setAdding] = useState(false);
  const focusRequest = useRef<'cell' | 'editor' | { readonly rowId: string; readonly action: string } | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
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

  function saveCell(rowId: string, field: ColumnField, text: string): void {
    const row = rows.find((candidate) => candidate.id === rowId);
    if (!row || valueOf(row, field) === text) return;
    setDrafts((current) => new Map(current).set(cellKey(rowId, field), text));
    // A failed save keeps the draft on screen; the status region shows why.
    mutate('issueRows.update', { id: rowId, patch: { [field]: text } }).catch(() => undefined);
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
    focusRequest.current = 'editor';
    flushSync(() => {
      setActive({ row: rows.indexOf(row), col });
      setEditing({ rowId: row.id, field, text: text ?? valueOf(row, field) });
    });
    if (text !== undefined) edit.schedule(() => saveCell(row.id, field, text));
  }

  /** Leaves the editor keeping its text (saved now); returns where the editor was. */
  function finishEditing(): CellPosition | null {
    if (!editing) return null;
    edit.cancel();
    saveCell(editing.rowId, editing.field, editing.text);
    const position = {
      row: rows.findIndex((row) => row.id === editing.rowId),
      col: COLUMNS.findIndex((column) => column.field === editing.field),
    };
    setEditing(null);
    return position.row < 0 ? null : position;
  }

  function onEditorChange(text: string): void {
    if (!editing) return;
    const { rowId, field } = editing;
    setEditing({ ...editing, text });
    edit.schedule(() => saveCell(rowId, field, text));
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
    if (target.getAttribute('role') !== 'gridcell') return;
    const row = rows[activeRow];
    if (!row) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      reorder(activeRow, event.key === 'ArrowUp' ? activeRow - 1 : activeRow + 1, activeCol);
      return;
    }
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

  function reorder(from: number, to: number, col: number): void {
    if (to < 0 || to >= rows.length || from === to) return;
    const ids = moveId(
      rows.map((row) => row.id),
      from,
      to,
    );
    setOptimism((current) => ({ ...current, order: ids }));
    setActive({ row: to, col });
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const action = focused?.dataset['action'];
    const rowId = rows[from]?.id;
    focusRequest.current =
      focused?.getAttribute('role') === 'gridcell' ? 'cell' : action && rowId ? { rowId, action } : null;
    mutate('issueRows.reorder', { caseId, ids }).catch(() => setOptimism((current) => ({ ...current, order: null })));
  }

  async function addRow(afterId: string | undefined): Promise<void> {
    setAdding(true);
    try {
      const created = await mutate('issueRows.create', { caseId, ...(afterId !== undefined ? { afterId } : {}) });
      setOptimism((current) => ({ ...current, inserted: [...current.inserted, { row: created, afterId }] }));
      focusRequest.current = 'editor';
      setEditing({ rowId: created.id, field: 'issue', text: '' });
      const index = afterId === undefined ? rows.length : rows.findIndex((row) => row.id === afterId) + 1;
      setActive({ row: index, col: 0 });
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
    setOptimism((current) => ({ ...current, removed: new Set(current.removed).add(row.id) }));
    try {
      const { trashId } = await mutate('issueRows.delete', { id: row.id });
      toast({
        message: `Row ${index + 1} moved to the trash.`,
        action: { label: 'Undo', run: async () => void (await mutate('trash.restore', { id: trashId })) },
      });
    } catch (error) {
      setOptimism((current) => {
        const removed = new Set(current.removed);
        removed.delete(row.id);
        return { ...current, removed };
      });
      toast({ message: `The row could not be deleted: ${errorMessage(error)}`, tone: 'error' });
    }
  }

  /** The row whose cell had focus just before "Add row" was pressed: the new row goes below it. */
  const rowBeforeAdd = useRef<string | undefined>(undefined);
  function rememberFocusedRow(event: FocusEvent<HTMLButtonElement>): void {
    const from =
      event.relatedTarget instanceof HTMLElement ? event.relatedTarget.closest<HTMLElement>('[data-row-id]') : null;
    rowBeforeAdd.current = from && gridRef.current?.contains(from) ? (from.dataset['rowId'] ?? undefined) : undefined;
  }

  const sourceTitles = new Map(sources.map((source) => [source.id, source.title]));
  return (
    <div className="issue-table">
      <div
        ref={gridRef}
        role="grid"
        aria-label="Issue / response / impact"
        aria-rowcount={rows.length + 1}
        aria-colcount={COLUMN_COUNT + 1}
        className="issue-grid"
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
        {rows.map((row, index) => (
          <IssueGridRow
            key={row.id}
            row={row}
            index={index}
            rowCount={rows.length}
            activeCol={index === activeRow ? activeCol : null}
            editing={editing?.rowId === row.id ? editing : null}
            valueOf={(field) => valueOf(row, field)}
            sourceTitles={sourceTitles}
            onCellFocus={(col) => setActive({ row: index, col })}
            onCellDoubleClick={(col) => startEditing(row, col)}
            onEditorChange={onEditorChange}
            onEditorKeyDown={onEditorKeyDown}
            onEditorBlur={onEditorBlur}
            onMove={(to) => reorder(index, to, activeCol)}
            onDelete={() => void deleteRow(row, index)}
          />
        ))}
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
