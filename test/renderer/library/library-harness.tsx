import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { RequestOf } from '../../../shared/contract/procedures.ts';
import { clearEditHistory } from '../../../renderer/edit-history.ts';
import { LibraryView } from '../../../renderer/features/library/LibraryView.tsx';
import { ConfirmProvider } from '../../../renderer/ui/confirm-dialog.tsx';
import { ToastProvider } from '../../../renderer/ui/toasts.tsx';
import { installServiceBridge } from '../service-bridge.ts';
import type { ServiceBridge } from '../service-bridge.ts';

export type SourceFields = RequestOf<'sources.create'>['fields'];

/** Renders the library on a real temporary notebook; `prepare` fills it first. */
export function renderLibrary(prepare?: (bridge: ServiceBridge) => void) {
  clearEditHistory();
  const bridge = installServiceBridge();
  prepare?.(bridge);
  const onOpenCase = vi.fn();
  const user = userEvent.setup();
  render(
    <ToastProvider>
      <ConfirmProvider>{() => <LibraryView onOpenCase={onOpenCase} />}</ConfirmProvider>
    </ToastProvider>,
  );
  return { bridge, user, onOpenCase };
}

export function addSource(bridge: ServiceBridge, fields: SourceFields): string {
  return bridge.notebook.call('sources.create', { fields }).source.id;
}

/** The titles the list shows, top to bottom. */
export function listedTitles(): string[] {
  const list = screen.getByRole('list', { name: 'Sources' });
  return within(list)
    .queryAllByRole('listitem')
    .sort((a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')))
    .map((item) => item.querySelector('.library-row-title')?.textContent ?? '');
}
