import { useEffect, useState } from 'react';
import { CASE_CONTENT_TABLES } from '../../../shared/contract/tables.ts';
import { errorMessage, mutate, useQuery } from '../../api.ts';
import {
  deliverPendingAppEvents,
  dispatchAppEvent,
  dispatchAppEventInSection,
  dropPendingAppEvents,
  useAppEvent,
} from '../../app-events.ts';
import { useLastSection } from '../../app/last-section.ts';
import { flushAllWrites } from '../../save-queue.ts';
import { useConfirm } from '../../ui/confirm-dialog.tsx';
import { SaveStatus } from '../../ui/save-status.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { useToast } from '../../ui/toasts.tsx';
import { CaseDocumentContext } from '../conflicts/case-document-context.ts';
import { EvidenceCheckButton } from '../evidence/EvidenceCheckButton.tsx';
import { focusItemSoon, SECTION_OF } from '../evidence/open-item.ts';
import { ExportCaseDialog } from '../export/ExportCaseDialog.tsx';
import { HistoryDialog } from '../history/HistoryDialog.tsx';
import { useVersionKeeper } from '../history/use-version-keeper.ts';
import { SectionPanel } from './SectionPanel.tsx';
import { SectionTabs } from './SectionTabs.tsx';
import './case.css';

export interface CasePageProps {
  readonly caseId: string;
  /** The case was just created: put the caret in its title (then call onTitleFocused). */
  readonly focusTitle: boolean;
  readonly onTitleFocused: () => void;
  /** The case is gone (deleted here or elsewhere): show no case. */
  readonly onClosed: () => void;
  readonly onOpen: (caseId: string) => void;
}

export function CasePage({ caseId, focusTitle, onTitleFocused, onClosed, onOpen }: CasePageProps) {
  const document = useQuery('cases.get', { id: caseId }, CASE_CONTENT_TABLES);
  const [section, setSection] = useLastSection(caseId);
  const [jumps, setJumps] = useState(0);
  useAppEvent('casebook:jump-to-section', ({ section: target }) => {
    setSection(target);
    setJumps((n) => n + 1);
  });
  // The evidence check's links: this case's items only (the window opens another case first).
  useAppEvent('casebook:open-item', ({ caseId: itemCaseId, kind, itemId }) => {
    if (itemCaseId !== caseId) return;
    setSection(SECTION_OF[kind]);
    setJumps((n) => n + 1);
    if (itemId !== null) focusItemSoon(itemId);
  });
  // The narrative editor only listens while it is on screen: a pull quote sent from another section
  // shows the narrative first and reaches the editor once it has mounted.
  useAppEvent('casebook:insert-pull-quote', (detail) => {
    if (section !== 'narrative') dispatchAppEventInSection('narrative', 'casebook:insert-pull-quote', detail);
  });
  const loaded = document.data !== undefined;
  useEffect(() => {
    if (loaded) deliverPendingAppEvents(section);
  }, [section, jumps, loaded]);
  useEffect(() => dropPendingAppEvents, []);
  const [deleting, setDeleting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  useVersionKeeper(caseId);
  useAppEvent('casebook:show-history', () => setHistoryOpen(true));
  const confirm = useConfirm();
  const toast = useToast();

  const missing = document.status === 'error' && document.error.code === 'not-found';
  useEffect(() => {
    if (missing) onClosed();
  }, [missing, onClosed]);

  if (document.data === undefined) {
    if (document.status === 'error' && !missing)
      return (
        <p role="alert" className="main-error">
          This case could not be read: {document.error.message}
        </p>
      );
    return <div className="case-loading" aria-busy="true" />;
  }
  const doc = document.data;

  async function deleteCase(): Promise<void> {
    const confirmed = await confirm({
      title: `Delete “${doc.case.title}”?`,
      message: 'The case moves to the trash with everything in it. You can restore it from the trash.',
      confirmLabel: 'Delete case',
      danger: true,
    });
    if (!confirmed) return;
    setDeleting(true);
    try {
      await flushAllWrites();
      const { trashId } = await mutate('cases.delete', { id: caseId });
      onClosed();
      toast({
        message: `Moved “${doc.case.title}” to the trash.`,
        action: {
          label: 'Undo',
          run: async () => {
            const restored = await mutate('trash.restore', { id: trashId });
            onOpen(restored.caseId ?? caseId);
          },
        },
      });
    } catch (error) {
      setDeleting(false);
      toast({ message: `The case could not be deleted: ${errorMessage(error)}`, tone: 'error' });
    }
  }

  return (
    <article className="case-page" aria-labelledby="case-title">
      {/* Header and tabs stick together, so the tabs sit right under the header whatever its height. */}
      <div className="case-top">
        <header className="case-header">
          <div className="case-header-title">
            <h1 id="case-title" className="case-title">
              {doc.case.title}
            </h1>
            <StatusBadge status={doc.case.status} />
          </div>
          <div className="case-header-actions">
            <SaveStatus />
            <EvidenceCheckButton caseId={caseId} />
            <button type="button" className="button button-quiet button-small" onClick={() => setHistoryOpen(true)}>
              History…
            </button>
            <button type="button" className="button button-quiet button-small" onClick={() => setExporting(true)}>
              Export…
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => dispatchAppEvent('casebook:save-as-template', { caseId })}
            >
              Save as template…
            </button>
            <button
              type="button"
              className="button button-quiet button-small button-danger-text"
              disabled={deleting}
              onClick={() => void deleteCase()}
            >
              Delete case
            </button>
          </div>
        </header>
        <SectionTabs active={section} document={doc} onSelect={setSection} />
      </div>
      {historyOpen && (
        <HistoryDialog caseId={caseId} caseTitle={doc.case.title} onClose={() => setHistoryOpen(false)} />
      )}
      {exporting && <ExportCaseDialog caseId={caseId} caseTitle={doc.case.title} onClose={() => setExporting(false)} />}
      <div className="case-body">
        <CaseDocumentContext.Provider value={doc}>
          <SectionPanel section={section} document={doc} focusTitle={focusTitle} onTitleFocused={onTitleFocused} />
        </CaseDocumentContext.Provider>
      </div>
    </article>
  );
}
