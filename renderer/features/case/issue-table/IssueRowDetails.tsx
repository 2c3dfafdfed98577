import type { KeyboardEvent } from 'react';
import type { Actor, IssueRow, Source } from '../../../../shared/domain/case-document.ts';
import { ActorPicker } from '../../coding/ActorPicker.tsx';
import { CodingPicker } from '../../coding/CodingPicker.tsx';
import { CitationChips } from '../../sources/CitationChips.tsx';
import type { RowDetails } from './grid-model.ts';

export interface IssueRowDetailsProps {
  readonly caseId: string;
  readonly row: IssueRow;
  readonly index: number;
  readonly ariaRowIndex: number;
  readonly actors: readonly Actor[];
  readonly sources: readonly Source[];
  readonly onChange: (details: RowDetails) => void;
  /** Escape: close the details and return to the row's "Details" button. */
  readonly onClose: () => void;
}

/** A row's coding (SCCT and Benoit strategies), responding actor, sources and completeness, below the row. */
export function IssueRowDetails({
  caseId,
  row,
  index,
  ariaRowIndex,
  actors,
  sources,
  onChange,
  onClose,
}: IssueRowDetailsProps) {
  const number = index + 1;
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  }
  return (
    <div role="row" className="issue-grid-details-row" aria-rowindex={ariaRowIndex}>
      <div role="gridcell" aria-colspan={4} className="issue-row-details-cell">
        <div
          id={`issue-row-details-${row.id}`}
          role="group"
          aria-label={`Details of row ${number}`}
          className="issue-row-details"
          onKeyDown={onKeyDown}
        >
          <CodingPicker
            scheme="scct"
            value={row.strategy}
            showDefinition="always"
            onChange={(strategy) => onChange({ strategy })}
          />
          <CodingPicker
            scheme="benoit"
            value={row.benoit}
            showDefinition="always"
            onChange={(benoit) => onChange({ benoit })}
          />
          <ActorPicker actors={actors} value={row.actorId} onChange={(actorId) => onChange({ actorId })} />
          <div className="field issue-row-details-sources">
            <span className="field-label">Sources</span>
            <CitationChips
              caseId={caseId}
              target={{ kind: 'issueRow', id: row.id }}
              citations={row.citations}
              sources={sources}
              itemLabel={`row ${number}`}
            />
          </div>
          <div className="issue-row-details-complete">
            {row.incomplete && <span className="badge badge-warning">Incomplete</span>}
            <button
              type="button"
              className="button button-small"
              onClick={() => onChange({ incomplete: !row.incomplete })}
            >
              {row.incomplete ? 'Mark complete' : 'Mark incomplete'}
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
