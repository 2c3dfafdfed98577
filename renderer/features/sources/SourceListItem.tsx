import type { Source } from '../../../shared/domain/case-document.ts';
import { formatPartialDate } from '../../../shared/domain/partial-date.ts';
import { bridge } from '../../api.ts';
import { dispatchAppEvent } from '../../app-events.ts';
import { SOURCE_KIND_LABELS } from './source-form.ts';
import type { CitingPlace } from './where-cited.ts';

/** One source of the library: title, publisher, authors, date, kind, grading, address and where it is cited. */
export function SourceListItem({
  source,
  places,
}: {
  source: Omit<Source, 'snapshot'>;
  places: readonly CitingPlace[] | null;
}) {
  const grading =
    source.reliability || source.credibility ? `Graded ${source.reliability ?? '–'}${source.credibility ?? ''}` : null;
  return (
    <li className="item source-item">
      <div className="item-body">
        <div className="item-title">
          <span className="source-item-title">{source.title}</span>
          {grading && (
            <span className="badge" title="Reliability of the source (A–F) and credibility of the information (1–6)">
              {grading}
            </span>
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
                void bridge().openExternal(source.url ?? '');
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
      </div>
    </li>
  );
}
