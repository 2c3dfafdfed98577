import type { FocusEvent, KeyboardEvent } from 'react';
import { scctStrategyDefinition, benoitStrategyDefinition } from '../../../../shared/domain/codebook.ts';
import type { IssueRow } from '../../../../shared/domain/case-document.ts';
import { COLUMNS } from './grid-model.ts';
import type { ColumnField } from './grid-model.ts';

export interface IssueGridRowProps {
  readonly row: IssueRow;
  readonly index: number;
  readonly rowCount: number;
  /** The column of the grid's active cell when it is in this row. */
  readonly activeCol: number | null;
  readonly editing: { readonly field: ColumnField; readonly text: string } | null;
  readonly valueOf: (field: ColumnField) => string;
  readonly sourceTitles: ReadonlyMap<string, string>;
  readonly onCellFocus: (col: number) => void;
  readonly onCellDoubleClick: (col: number) => void;
  readonly onEditorChange: (text: string) => void;
  readonly onEditorKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  readonly onEditorBlur: (event: FocusEvent<HTMLTextAreaElement>) => void;
  readonly onMove: (to: number) => void;
  readonly onDelete: () => void;
}

export function IssueGridRow(props: IssueGridRowProps) {
  const { row, index, rowCount, activeCol, editing, valueOf, sourceTitles } = props;
  const number = index + 1;
  const strategy = row.strategy ? (scctStrategyDefinition(row.strategy)?.label ?? row.strategy) : null;
  const benoit = row.benoit ? (benoitStrategyDefinition(row.benoit)?.label ?? row.benoit) : null;
  const actionTab = activeCol !== null ? 0 : -1;
  return (
    <div role="row" className="issue-grid-row" aria-rowindex={index + 2} data-row-id={row.id}>
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
          {strategy && (
            <span className="badge badge-code" title={scctStrategyDefinition(row.strategy ?? '')?.definition}>
              {strategy}
            </span>
          )}
          {benoit && (
            <span className="badge badge-code" title={benoitStrategyDefinition(row.benoit ?? '')?.definition}>
              {benoit}
            </span>
          )}
          {row.citations.map((citation) => (
            <span key={citation.sourceId} className="source-chip" title={citation.locator ?? undefined}>
              {sourceTitles.get(citation.sourceId) ?? 'Source'}
            </span>
          ))}
        </div>
        <div className="issue-grid-actions">
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
