import { formatPartialDate } from '../../../shared/domain/partial-date.ts';
import type { CaseSummary } from '../../../shared/contract/procedures.ts';
import { StatusBadge } from '../../ui/status-badge.tsx';

/** Chips shown in a row; the rest are counted ("+2") and named in the count's tooltip. */
const SHOWN_TAGS = 3;

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
  /** Chosen for comparison (Ctrl/Cmd+click or Ctrl/Cmd+Enter toggles it). */
  readonly marked?: boolean;
  readonly onToggleMark?: () => void;
}

/** "~April 2017 – 2018": the case's dates as far as they are known. */
export function caseDates(summary: Pick<CaseSummary, 'startedOn' | 'startedApprox' | 'endedOn'>): string | null {
  const started = summary.startedOn
    ? `${summary.startedApprox ? '~' : ''}${formatPartialDate(summary.startedOn)}`
    : null;
  const ended = summary.endedOn ? formatPartialDate(summary.endedOn) : null;
  if (started && ended) return started === ended ? started : `${started} – ${ended}`;
  if (started) return started;
  return ended ? `until ${ended}` : null;
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
  marked = false,
  onToggleMark,
}: CaseListItemProps) {
  const dates = caseDates(summary);
  const hiddenTags = summary.tags.slice(SHOWN_TAGS);
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
        className={`case-list-button${selected ? ' is-selected' : ''}${marked ? ' is-marked' : ''}`}
        aria-current={selected ? 'true' : undefined}
        tabIndex={tabbable ? 0 : -1}
        onClick={(event) => {
          if ((event.ctrlKey || event.metaKey) && onToggleMark) onToggleMark();
          else onOpen(summary.id);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || !onToggleMark) return;
          event.preventDefault();
          onToggleMark();
        }}
        onFocus={onFocus}
      >
        <span className="case-list-title">
          {marked && (
            <span className="case-list-mark" aria-hidden="true">
              ✓{' '}
            </span>
          )}
          {summary.title}
          {marked && <span className="visually-hidden">, chosen for comparison</span>}
        </span>
        <span className="case-list-meta">
          <StatusBadge status={summary.status} />
          {dates && <span className="case-list-date">{dates}</span>}
        </span>
        {summary.tags.length > 0 && (
          <span className="case-list-tags">
            {summary.tags.slice(0, SHOWN_TAGS).map((tag) => (
              <span
                key={tag.name}
                className="tag-chip tag-chip-small case-list-tag"
                title={tag.name}
                style={tag.color ? { borderColor: tag.color } : undefined}
              >
                {tag.name}
              </span>
            ))}
            {hiddenTags.length > 0 && (
              <span className="case-list-more" title={hiddenTags.map((tag) => tag.name).join(', ')}>
                +{hiddenTags.length}
                <span className="visually-hidden"> more tags: {hiddenTags.map((tag) => tag.name).join(', ')}</span>
              </span>
            )}
          </span>
        )}
      </button>
    </div>
  );
}
