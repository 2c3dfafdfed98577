import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { CASE_CONTENT_TABLES } from '../../../shared/contract/tables.ts';
import type { CaseDocument } from '../../../shared/domain/case-document.ts';
import { useQuery } from '../../../renderer/api.ts';
import { clearEditHistory } from '../../../renderer/edit-history.ts';
import { ConfirmProvider } from '../../../renderer/ui/confirm-dialog.tsx';
import { ToastProvider } from '../../../renderer/ui/toasts.tsx';
import { installServiceBridge } from '../service-bridge.ts';
import type { ServiceBridge } from '../service-bridge.ts';

/** Renders `children` with the case document as the window reads it, fetched again after each write. */
function CaseView({ caseId, children }: { caseId: string; children: (document: CaseDocument) => ReactNode }) {
  const document = useQuery('cases.get', { id: caseId }, CASE_CONTENT_TABLES);
  if (document.data === undefined) return <p>Loading</p>;
  return <>{children(document.data)}</>;
}

export interface CaseHarness {
  readonly bridge: ServiceBridge;
  readonly caseId: string;
  readonly user: ReturnType<typeof userEvent.setup>;
  /** The case as stored, read straight from the notebook. */
  stored(): CaseDocument;
}

/**
 * A real notebook (installServiceBridge) holding one case, and `children` rendered with its document
 * inside the toast and confirm providers, as the case page does. `prepare` adds content before the first render.
 */
export function renderCase(
  children: (document: CaseDocument) => ReactNode,
  prepare?: (bridge: ServiceBridge, caseId: string) => void,
): CaseHarness {
  clearEditHistory();
  const bridge = installServiceBridge();
  const caseId = bridge.notebook.call('cases.create', { title: 'KOL controversy' }).id;
  prepare?.(bridge, caseId);
  const user = userEvent.setup();
  render(
    <ToastProvider>
      <ConfirmProvider>{() => <CaseView caseId={caseId}>{children}</CaseView>}</ConfirmProvider>
    </ToastProvider>,
  );
  return { bridge, caseId, user, stored: () => bridge.notebook.call('cases.get', { id: caseId }) };
}

/** Adds a source to the notebook's library and returns its id. */
export function addSource(
  bridge: ServiceBridge,
  fields: { title: string; url?: string; publisher?: string; publishedOn?: string },
): string {
  return bridge.notebook.call('sources.create', { fields }).source.id;
}
