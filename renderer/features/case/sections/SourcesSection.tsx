import { formatPartialDate } from '../../../../shared/domain/partial-date.ts';
import type { Source } from '../../../../shared/domain/case-document.ts';
import { bridge } from '../../../api.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';

export function SourcesSection({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return <EmptyState title="No sources yet." />;
  return (
    <ul className="item-list" aria-label="Sources">
      {sources.map((source) => (
        <li key={source.id} className="item">
          <div className="item-body">
            <div className="item-title">
              {source.title}
              {source.reliability && (
                <span className="badge">
                  Reliability {source.reliability}
                  {source.credibility ?? ''}
                </span>
              )}
            </div>
            <div className="item-meta">
              {source.publisher && <span>{source.publisher}</span>}
              {source.authors.length > 0 && <span>{source.authors.join(', ')}</span>}
              {source.publishedOn && <span>{formatPartialDate(source.publishedOn)}</span>}
              <span>{source.kind.replace('-', ' ')}</span>
              {source.url && (
                <a
                  href={source.url}
                  className="link"
                  onClick={(event) => {
                    event.preventDefault();
                    void bridge().openExternal(source.url ?? '');
                  }}
                >
                  {source.url}
                </a>
              )}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
