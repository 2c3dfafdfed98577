import { gradeCode, gradeMeaning } from '../../../shared/domain/admiralty.ts';
import type { Source } from '../../../shared/domain/case-document.ts';
import { formatPartialDate } from '../../../shared/domain/partial-date.ts';
import { bridge } from '../../api.ts';
import { dispatchAppEvent } from '../../app-events.ts';
import { SOURCE_KIND_LABELS } from './source-form.ts';
import type { CitingPlace } from './where-cited.ts';

export interface SourceListItemProps {
  readonly source: Omit<Source, 'snapshot'>;
  /** Where the case cites it; null for a library source the case does not cite. */
  readonly places: readonly CitingPlace[] | null;
  /** When its snapshot was captured (ISO timestamp); null when it has none. */
  readonly capturedAt?: string | null;
  readonly onViewSnapshot?: () => void;
  readonly onRemove?: () => void;
}

/** "4 February 2026" from an ISO timestamp, in the reader's calendar day as stored (UTC). */
export function capturedDate(capturedAt: string): string {
  return formatPartialDate(capturedAt.slice(0, 10));
}

/**
 * One source: title, grading badge (meanings on hover), publisher, authors, date, kind, address, its
 * snapshot mark, where the case cites it, and its actions (view snapshot, open in library, remove).
 */
export function SourceListItem({ source, places, capturedAt = null, onViewSnapshot, onRemove }: SourceListItemProps) {
  const grade = gradeCode(source.reliability, source.credibility);
  const meaning = gradeMeaning(source.reliability, source.credibility);
  const gradeTitle = `Admiralty grade ${grade ?? ''}: ${meaning ?? ''} (reliability of the source A–F, credibility of the information 1–6)`;
  return (
    <li className="item source-item">
      <div className="item-body">
        <div className="item-title">
          <span className="source-item-title">{source.title}</span>
          {grade && (
            <span className="badge source-grade" title={gradeTitle}>
              <span className="visually-hidden">Graded </span>
              {grade}
              <span className="visually-hidden">: {meaning}</span>
            </span>
          )}
          {capturedAt ? (
            <span className="badge source-snapshot-mark" title="A sanitized copy of the page is kept in the notebook">
              Snapshot {capturedDate(capturedAt)}
            </span>
          ) : (
            source.url && <span className="badge source-snapshot-mark is-missing">No snapshot</span>
          )}
        </div>
        <div className="item-meta">
          {source.publisher && <span>{source.publisher}</span>}
          {source.authors.length > 0 && <span>{source.authors.join(', ')}</span>}
          {source.publishedOn && <span>{formatPartialDate(source.publishedOn)}</span>}
          <span>{SOURCE_KIND_LABELS[source.kind]}</span>
          {source.language && <span lang={source.language}>{source.language}</span>}
          {source.url && (
            <a
              href={source.url}
              className="link source-item-url"
              onClick={(event) => {
                event.preventDefault();
                void bridge().openExternal(source.url ?? ''); // eng-disable OPEN_EXTERNAL_JS_CHECK -- window.casebook's method: the main process opens only http/https/mailto (isSafeExternalUrl)
              }}
            >
              {source.url}
            </a>
          )}
        </div>
        {places && places.length > 0 && (
          <div className="source-item-cited">
            <span className="source-item-cited-label">Cited in</span>
            {places.map((place) => (
              <button
                key={place.label}
                type="button"
                className="button button-quiet button-small source-item-place"
                title={`Go to ${place.label}`}
                onClick={() => dispatchAppEvent('casebook:jump-to-section', { section: place.section })}
              >
                {place.label}
              </button>
            ))}
          </div>
        )}
        <div className="source-item-actions">
          {capturedAt && onViewSnapshot && (
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={`View snapshot of ${source.title}`}
              onClick={onViewSnapshot}
            >
              View snapshot
            </button>
          )}
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label={`Open ${source.title} in the library`}
            onClick={() => dispatchAppEvent('casebook:open-library', { sourceId: source.id })}
          >
            Open in library
          </button>
          {onRemove && (
            <button
              type="button"
              className="button button-quiet button-small source-item-remove"
              aria-label={`Remove ${source.title}`}
              onClick={onRemove}
            >
              Remove
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
