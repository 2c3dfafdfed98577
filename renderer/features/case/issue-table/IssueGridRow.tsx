import type { FocusEvent, KeyboardEvent, PointerEvent } from 'react';
import type { IssueRow } from '../../../../shared/domain/case-document.ts';
import { benoitStrategyDefinition, scctStrategyDefinition } from '../../../../shared/domain/codebook.ts';
import { COLUMNS } from './grid-model.ts';
import type { ColumnField } from './grid-model.ts';

export interface IssueGridRowProps {
  readonly row: IssueRow;
  readonly index: number;
  readonly ariaRowIndex: number;
  readonly rowCount: number;
  /** The column of the grid's active cell when it is in this row. */
  readonly activeCol: number | null;
  readonly editing: { readonly field: ColumnField; readonly text: string } | null;
  readonly valueOf: (field: ColumnField) => string;
  readonly sourceTitles: ReadonlyMap<string, string>;
  readonly actorName: string | null;
  readonly expanded: boolean;
  readonly dragging: boolean;
  /** Where the drop indicator of a row being dragged shows, relative to this row. */
  readonly dropIndicator: 'before' | 'after' | null;
  readonly onCellFocus: (col: number) => void;
  readonly onCellDoubleClick: (col: number) => void;
  readonly onEditorChange: (text: string) => void;
  readonly onEditorKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  readonly onEditorBlur: (event: FocusEvent<HTMLTextAreaElement>) => void;
  readonly onMove: (to: number) => void;
  readonly onDragStart: (event: PointerEvent<HTMLButtonElement>) => void;
  readonly onToggleDetails: () => void;
  readonly onDelete: () => void;
}

function rowClass({ dragging, dropIndicator, expanded }: IssueGridRowProps): string {
  return [
    'issue-grid-row',
    dragging && 'is-dragged',
    dropIndicator && `is-drop-${dropIndicator}`,
    expanded && 'is-expanded',
  ]
    .filter(Boolean)
    .join(' ');
}

export function IssueGridRow(props: IssueGridRowProps) {
  const { row, index, rowCount, activeCol, editing, valueOf, sourceTitles, actorName, expanded } = props;
  const number = index + 1;
  const strategy = row.strategy ? scctStrategyDefinition(row.strategy) : undefined;
  const benoit = row.benoit ? benoitStrategyDefinition(row.benoit) : undefined;
  const actionTab = activeCol !== null ? 0 : -1;
  return (
    <div role="row" className={rowClass(props)} aria-rowindex={props.ariaRowIndex} data-row-id={row.id}>
      {COLUMNS.map((column, col) => {
        const isEditing = editing?.field === column.field;
        return (
          <div
            key={column.field}
            role="gridcell"
            className={isEditing ? 'issue-grid-cell is-editing' : 'issue-grid-cell'}
            tabIndex={activeCol === col && !isEditing ? 0 : -1}
            aria-label={
              isEditing ? undefined : valueOf(column.field) === '' ? `${column.label}, row ${number}, empty` : undefined
            }
            onFocus={(event) => event.target === event.currentTarget && props.onCellFocus(col)}
            onDoubleClick={() => props.onCellDoubleClick(col)}
          >
            {isEditing ? (
              <textarea
                data-editor
                className="issue-grid-editor"
                aria-label={`${column.label}, row ${number}`}
                value={editing.text}
                rows={Math.max(2, editing.text.split('\n').length)}
                onChange={(event) => props.onEditorChange(event.target.value)}
                onKeyDown={props.onEditorKeyDown}
                onBlur={props.onEditorBlur}
              />
            ) : (
              <span className="issue-grid-text">{valueOf(column.field)}</span>
            )}
          </div>
        );
      })}
      <div role="gridcell" className="issue-grid-details">
        <div className="issue-grid-badges">
          {row.incomplete && <span className="badge badge-warning">Incomplete</span>}
          {row.strategy && (
            <span className="badge badge-code" title={strategy?.definition}>
              {strategy?.label ?? row.strategy}
            </span>
          )}
          {row.benoit && (
            <span className="badge badge-code" title={benoit?.definition}>
              {benoit?.label ?? row.benoit}
            </span>
          )}
          {actorName && <span className="badge issue-grid-actor">{actorName}</span>}
          {!expanded &&
            row.citations.map((citation) => {
              const title = sourceTitles.get(citation.sourceId) ?? 'Missing source';
              const full = citation.locator ? `${title} · ${citation.locator}` : title;
              return (
                <span key={citation.sourceId} className="citation-chip">
                  <span className="citation-chip-label" title={full}>
                    {full}
                  </span>
                </span>
              );
            })}
        </div>
        <div className="issue-grid-actions">
          <button
            type="button"
            className="icon-button issue-grid-drag-handle"
            data-action="drag"
            tabIndex={actionTab}
            aria-label={`Drag to reorder row ${number}`}
            title="Drag to reorder (or Alt+↑ / Alt+↓)"
            onPointerDown={props.onDragStart}
          >
            ⠿
          </button>
          <button
            type="button"
            className="icon-button"
            data-action="up"
            tabIndex={actionTab}
            aria-label={`Move row ${number} up`}
            disabled={index === 0}
            onClick={() => props.onMove(index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            data-action="down"
            tabIndex={actionTab}
            aria-label={`Move row ${number} down`}
            disabled={index === rowCount - 1}
            onClick={() => props.onMove(index + 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="icon-button"
            data-action="details"
            tabIndex={actionTab}
            aria-label={`Details of row ${number}`}
            aria-expanded={expanded}
            aria-controls={expanded ? `issue-row-details-${row.id}` : undefined}
            title="Strategy, actor and sources"
            onClick={props.onToggleDetails}
          >
            {expanded ? '▴' : '▾'}
          </button>
          <button
            type="button"
            className="icon-button icon-button-danger"
            data-action="delete"
            tabIndex={actionTab}
            aria-label={`Delete row ${number}`}
            onClick={props.onDelete}
          >
            ×
          </button>
        </div>
      </div>
    </div>
  );
}
