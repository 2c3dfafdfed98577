import { useState } from 'react';
import type { CaseDocument, Source } from '../../../../shared/domain/case-document.ts';
import { useQuery } from '../../../api.ts';
import { dispatchAppEvent } from '../../../app-events.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';
import { BibliographyPanel } from '../../bibliography/BibliographyPanel.tsx';
import { SnapshotViewer } from '../../snapshot/SnapshotViewer.tsx';
import { AddSourceDialog } from '../../sources/AddSourceDialog.tsx';
import { SourceListItem } from '../../sources/SourceListItem.tsx';
import { useRemoveSource } from '../../sources/remove-source.ts';
import { whereCited } from '../../sources/where-cited.ts';
import '../../sources/sources.css';

const LIBRARY_LIMIT = 100;

/**
 * The sources this case cites, with grading, snapshot and where each is cited; the rest of the notebook's
 * library, ready to be cited from a row, event, quote or fact ("Add source" beside each item); and the
 * case's bibliography.
 */
export function SourcesSection({ document }: { document: CaseDocument }) {
  const caseId = document.case.id;
  const [adding, setAdding] = useState(false);
  const [viewing, setViewing] = useState<string | null>(null);
  const library = useQuery('sources.list', { limit: LIBRARY_LIMIT }, ['sources', 'citations']);
  const places = whereCited(document);
  const removeSource = useRemoveSource(caseId);
  const citedIds = new Set(document.sources.map((source) => source.id));
  const uncited = (library.data?.sources ?? []).filter((source) => !citedIds.has(source.id));

  function remove(source: Pick<Source, 'id' | 'title'>): void {
    void removeSource(source, places.get(source.id) ?? []);
  }

  return (
    <div className="sources-section">
      <div className="sources-toolbar">
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Add source
        </button>
        <span className="sources-toolbar-spacer" />
        <button
          type="button"
          className="button button-quiet"
          onClick={() => dispatchAppEvent('casebook:open-library', {})}
        >
          Open source library
        </button>
      </div>
      {document.sources.length === 0 ? (
        <EmptyState title="No sources cited yet.">
          Add the articles, posts and reports this case rests on, then cite them from rows, events, quotes and facts
          with their “Add source” button, or from the narrative with “Insert citation”.
        </EmptyState>
      ) : (
        <ul className="item-list" aria-label="Sources cited in this case">
          {document.sources.map(({ snapshot, ...source }) => (
            <SourceListItem
              key={source.id}
              source={source}
              places={places.get(source.id) ?? []}
              capturedAt={snapshot?.capturedAt ?? null}
              onViewSnapshot={() => setViewing(source.id)}
              onRemove={() => remove(source)}
            />
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
              <SourceListItem
                key={source.id}
                source={source}
                places={null}
                capturedAt={source.snapshotCapturedAt}
                onViewSnapshot={() => setViewing(source.id)}
                onRemove={() => remove(source)}
              />
            ))}
          </ul>
          {library.data?.hasMore && (
            <p className="field-hint">Showing the first {LIBRARY_LIMIT}; search for the others in the source picker.</p>
          )}
        </section>
      )}
      <BibliographyPanel caseId={caseId} caseTitle={document.case.title} citedCount={document.sources.length} />
      {adding && (
        <AddSourceDialog
          caseId={caseId}
          onClose={() => setAdding(false)}
          onViewSnapshot={(sourceId) => {
            setAdding(false);
            setViewing(sourceId);
          }}
        />
      )}
      {viewing && <SnapshotViewer sourceId={viewing} caseId={caseId} onClose={() => setViewing(null)} />}
    </div>
  );
}
