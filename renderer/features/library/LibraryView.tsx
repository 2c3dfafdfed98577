import { useCallback, useId, useRef, useState } from 'react';
import { useQuery } from '../../api.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { SaveStatus } from '../../ui/save-status.tsx';
import type { AppEventDetails } from '../../app-events.ts';
import { EvidenceCheckPanel } from '../evidence/EvidenceCheckPanel.tsx';
import { SnapshotViewer } from '../snapshot/SnapshotViewer.tsx';
import { AddFromUrlDialog } from './AddFromUrlDialog.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { ImageDetailsDialog } from './ImageDetailsDialog.tsx';
import { ACCEPT_ATTRIBUTE } from './import-kinds.ts';
import { countLine, isNarrowed, NO_LIBRARY_FILTERS } from './library-filters.ts';
import type { LibraryFilters } from './library-filters.ts';
import { LibraryFilterBar } from './LibraryFilterBar.tsx';
import { SourceDetail } from './SourceDetail.tsx';
import { SourceList } from './SourceList.tsx';
import { useLibraryDrop, useLibraryPaste } from './use-library-drop.ts';
import { useLibraryImport } from './use-library-import.ts';
import { LIBRARY_TABLES, useSourcePages } from './use-source-pages.ts';
import './library.css';

export interface LibraryViewProps {
  /** The source to select first (e.g. "Open source library" from a case's source). */
  readonly initialSourceId?: string | null;
  /** Opens a case at an item that cites a source. */
  readonly onOpenCase: (item: AppEventDetails['casebook:open-item']) => void;
}

type Tab = 'sources' | 'evidence';

/** The notebook-wide source library: find, grade, add, export, and see where each source is cited. */
export function LibraryView({ initialSourceId = null, onOpenCase }: LibraryViewProps) {
  const [filters, setFilters] = useState<LibraryFilters>(NO_LIBRARY_FILTERS);
  const [selectedId, setSelectedId] = useState<string | null>(initialSourceId);
  const [tab, setTab] = useState<Tab>('sources');
  const [dialog, setDialog] = useState<'url' | 'export' | null>(null);
  const [snapshotOf, setSnapshotOf] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const tabsId = useId();

  const pages = useSourcePages(filters);
  const everything = useQuery('sources.list', { limit: 1, sort: 'added' }, LIBRARY_TABLES);
  const libraryTotal = everything.data?.total ?? null;
  const narrowed = isNarrowed(filters);

  const select = useCallback((sourceId: string) => {
    setTab('sources');
    setSelectedId(sourceId);
  }, []);
  const importer = useLibraryImport(select);
  const drop = useLibraryDrop((files) => void importer.addFiles(files));
  useLibraryPaste(dialog === null && snapshotOf === null && importer.imagePrompt === null, {
    onHtml: (html) => void importer.addHtml(html),
    onFiles: (files) => void importer.addFiles(files),
  });

  const selectedSummary = pages.sources.find((source) => source.id === selectedId);
  const libraryEmpty = libraryTotal === 0 && !pages.loading && pages.sources.length === 0;

  let listBody;
  if (pages.error) listBody = <p role="alert">The library could not be read: {pages.error}</p>;
  else if (libraryEmpty)
    listBody = (
      <EmptyState title="The library is empty">
        Add a source from a URL, import saved pages, PDFs, images or a BibTeX, RIS or CSL-JSON file, drop files here, or
        paste a page with Ctrl+V.
      </EmptyState>
    );
  else if (!pages.loading && pages.sources.length === 0 && narrowed)
    listBody = (
      <EmptyState title="No sources match">
        <button
          type="button"
          className="button button-small"
          onClick={() => setFilters({ ...NO_LIBRARY_FILTERS, sort: filters.sort })}
        >
          Clear filters
        </button>
      </EmptyState>
    );

  return (
    <div className="library" {...drop.handlers}>
      <header className="library-header">
        <div className="library-title-row">
          <h1 className="library-heading">Source library</h1>
          <div className="library-toolbar" role="toolbar" aria-label="Library actions">
            <SaveStatus />
            <button type="button" className="button button-small button-primary" onClick={() => setDialog('url')}>
              Add from URL
            </button>
            <button type="button" className="button button-small" onClick={() => fileInput.current?.click()}>
              Import file…
            </button>
            <button type="button" className="button button-small" onClick={() => setDialog('export')}>
              Export library…
            </button>
            <input
              ref={fileInput}
              type="file"
              multiple
              hidden
              accept={ACCEPT_ATTRIBUTE}
              aria-label="Import files into the library"
              data-testid="library-file-input"
              onChange={(event) => {
                const files = [...(event.target.files ?? [])];
                event.target.value = '';
                void importer.addFiles(files);
              }}
            />
          </div>
        </div>
        <div className="library-tabs" role="tablist" aria-label="Library">
          {(
            [
              ['sources', 'Sources'],
              ['evidence', 'Evidence check'],
            ] as const
          ).map(([id, label]) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`${tabsId}-${id}`}
              aria-selected={tab === id}
              aria-controls={`${tabsId}-${id}-panel`}
              tabIndex={tab === id ? 0 : -1}
              className={tab === id ? 'library-tab is-active' : 'library-tab'}
              onClick={() => setTab(id)}
              onKeyDown={(event) => {
                if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                  event.preventDefault();
                  setTab(tab === 'sources' ? 'evidence' : 'sources');
                }
              }}
            >
              {label}
            </button>
          ))}
          <p role="status" className="library-progress">
            {importer.progress}
          </p>
        </div>
      </header>
      {tab === 'sources' ? (
        <div
          className="library-body"
          role="tabpanel"
          id={`${tabsId}-sources-panel`}
          aria-labelledby={`${tabsId}-sources`}
        >
          <div className="library-pane-list">
            <LibraryFilterBar filters={filters} onChange={setFilters} />
            <p className="library-count" aria-live="polite">
              {libraryTotal !== null && !pages.loading ? countLine(pages.total, libraryTotal, narrowed) : '\u00a0'}
            </p>
            {listBody}
            <SourceList
              sources={pages.sources}
              hasMore={pages.hasMore}
              loading={pages.loading}
              loadMore={pages.loadMore}
              selectedId={selectedId}
              onSelect={setSelectedId}
            />
          </div>
          <div className="library-pane-detail">
            {selectedId ? (
              <SourceDetail
                key={selectedId}
                sourceId={selectedId}
                summary={selectedSummary}
                onOpenCase={onOpenCase}
                onViewSnapshot={setSnapshotOf}
                onDeleted={() => setSelectedId(null)}
              />
            ) : (
              !libraryEmpty && (
                <div className="library-detail">
                  <EmptyState title="No source selected">
                    Choose a source in the list to see, grade and edit it.
                  </EmptyState>
                </div>
              )
            )}
          </div>
        </div>
      ) : (
        <div
          className="library-evidence"
          role="tabpanel"
          id={`${tabsId}-evidence-panel`}
          aria-labelledby={`${tabsId}-evidence`}
        >
          <EvidenceCheckPanel onOpenItem={onOpenCase} />
        </div>
      )}
      {drop.active && (
        <div className="library-drop" aria-hidden="true">
          <p>Drop files to add them to the library</p>
        </div>
      )}
      {dialog === 'url' && <AddFromUrlDialog onClose={() => setDialog(null)} onAdded={select} />}
      {dialog === 'export' && <ExportDialog onClose={() => setDialog(null)} />}
      {importer.imagePrompt && <ImageDetailsDialog prompt={importer.imagePrompt} />}
      {snapshotOf && <SnapshotViewer sourceId={snapshotOf} onClose={() => setSnapshotOf(null)} />}
    </div>
  );
}
