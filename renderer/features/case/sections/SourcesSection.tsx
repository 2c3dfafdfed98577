import { useState } from 'react';
import type { CaseDocument } from '../../../../shared/domain/case-document.ts';
import { useQuery } from '../../../api.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';
import { AddSourceDialog } from '../../sources/AddSourceDialog.tsx';
import { SourceListItem } from '../../sources/SourceListItem.tsx';
import { whereCited } from '../../sources/where-cited.ts';
import '../../sources/sources.css';

const LIBRARY_LIMIT = 100;

/**
 * The sources this case cites, with where each is cited, and the rest of the notebook's library, ready
 * to be cited from a row, event, quote or fact ("Add source" beside each item).
 */
export function SourcesSection({ document }: { document: CaseDocument }) {
  const [adding, setAdding] = useState(false);
  const library = useQuery('sources.list', { limit: LIBRARY_LIMIT }, ['sources']);
  const places = whereCited(document);
  const citedIds = new Set(document.sources.map((source) => source.id));
  const uncited = (library.data?.sources ?? []).filter((source) => !citedIds.has(source.id));

  return (
    <div className="sources-section">
      <div className="sources-toolbar">
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Add source
        </button>
      </div>
      {document.sources.length === 0 ? (
        <EmptyState title="No sources cited yet.">
          Add the articles, posts and reports this case rests on, then cite them from rows, events, quotes and facts
          with their “Add source” button, or from the narrative with “Insert citation”.
        </EmptyState>
      ) : (
        <ul className="item-list" aria-label="Sources cited in this case">
          {document.sources.map((source) => (
            <SourceListItem key={source.id} source={source} places={places.get(source.id) ?? []} />
          ))}
        </ul>
      )}
      {uncited.length > 0 && (
        <section className="sources-library" aria-labelledby="sources-library-heading">
          <h3 id="sources-library-heading" className="sources-library-heading">
            In your library, not cited in this case
          </h3>
          <p className="field-hint">Cite one from an item’s “Add source” button.</p>
          <ul className="item-list" aria-label="Other sources in your library">
            {uncited.map((source) => (
              <SourceListItem key={source.id} source={source} places={null} />
            ))}
          </ul>
          {library.data?.hasMore && (
            <p className="field-hint">Showing the first {LIBRARY_LIMIT}; search for the others in the source picker.</p>
          )}
        </section>
      )}
      {adding && <AddSourceDialog caseId={document.case.id} onClose={() => setAdding(false)} />}
    </div>
  );
}
