import { formatPartialDate } from '../../../shared/domain/partial-date.ts';
import type { CaseSummary } from '../../../shared/contract/procedures.ts';
import { StatusBadge } from '../../ui/status-badge.tsx';

export interface CaseListItemProps {
  readonly summary: CaseSummary;
  readonly index: number;
  /** -1 when more cases exist than are loaded. */
  readonly setSize: number;
  readonly top: number;
  readonly height: number;
  readonly selected: boolean;
  readonly tabbable: boolean;
  readonly onOpen: (id: string) => void;
  readonly onFocus: () => void;
}

export function CaseListItem({
  summary,
  index,
  setSize,
  top,
  height,
  selected,
  tabbable,
  onOpen,
  onFocus,
}: CaseListItemProps) {
  return (
    <div
      role="listitem"
      aria-posinset={index + 1}
      aria-setsize={setSize}
      data-index={index}
      className="case-list-item"
      style={{ transform: `translateY(${top}px)`, height }}
    >
      <button
        type="button"
        className={selected ? 'case-list-button is-selected' : 'case-list-button'}
        aria-current={selected ? 'true' : undefined}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => onOpen(summary.id)}
        onFocus={onFocus}
      >
        <span className="case-list-title">{summary.title}</span>
        <span className="case-list-meta">
          <StatusBadge status={summary.status} />
          {summary.startedOn && <span className="case-list-date">{formatPartialDate(summary.startedOn)}</span>}
          {summary.tags.slice(0, 3).map((tag) => (
            <span
              key={tag.name}
              className="tag-chip tag-chip-small"
              style={tag.color ? { borderColor: tag.color } : undefined}
            >
              {tag.name}
            </span>
          ))}
          {summary.tags.length > 3 && <span className="case-list-more">+{summary.tags.length - 3}</span>}
        </span>
      </button>
    </div>
  );
}
