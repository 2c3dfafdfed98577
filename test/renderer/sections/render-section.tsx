import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach } from 'vitest';
import { CASE_CONTENT_TABLES } from '../../../shared/contract/tables.ts';
import { useQuery } from '../../../renderer/api.ts';
import { clearEditHistory } from '../../../renderer/edit-history.ts';
import { clearNewItemDrafts } from '../../../renderer/features/case-items/new-item-drafts.ts';
import { SectionPanel } from '../../../renderer/features/case/SectionPanel.tsx';
import type { SectionId } from '../../../renderer/features/case/sections.ts';
import { ConfirmProvider } from '../../../renderer/ui/confirm-dialog.tsx';
import { ToastProvider } from '../../../renderer/ui/toasts.tsx';
import { installServiceBridge } from '../service-bridge.ts';
import type { ServiceBridge } from '../service-bridge.ts';

afterEach(() => {
  clearNewItemDrafts();
  clearEditHistory();
});

function SectionHost({ caseId, section }: { caseId: string; section: SectionId }) {
  const document = useQuery('cases.get', { id: caseId }, CASE_CONTENT_TABLES);
  if (!document.data) return <p>Loading…</p>;
  return (
    <SectionPanel section={section} document={document.data} focusTitle={false} onTitleFocused={() => undefined} />
  );
}

/**
 * Renders one section of a case the way the case page does (toasts, confirmations, the case document
 * fetched again after every write), over the real services on a temporary notebook.
 */
export async function renderSection(section: SectionId, prepare?: (bridge: ServiceBridge, caseId: string) => void) {
  const bridge = installServiceBridge();
  const { id: caseId } = bridge.notebook.call('cases.create', { title: 'Xiaomi KOL controversy' });
  prepare?.(bridge, caseId);
  const user = userEvent.setup();
  const view = render(
    <ToastProvider>
      <ConfirmProvider>{() => <SectionHost caseId={caseId} section={section} />}</ConfirmProvider>
    </ToastProvider>,
  );
  await screen.findByRole('tabpanel', {}, { timeout: 2000 }).catch(() => undefined);
  await screen.findByRole('heading', { level: 2 });
  return { bridge, caseId, user, view, get: () => bridge.notebook.call('cases.get', { id: caseId }) };
}
