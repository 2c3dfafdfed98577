import { act, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useVersionKeeper } from '../../../renderer/features/history/use-version-keeper.ts';
import { readCaseDocument } from '../../../electron/services/case-document.ts';
import { recordVersion } from '../../../electron/services/versions/record-version.ts';
import { installServiceBridge } from '../service-bridge.ts';
import { renderShell } from '../shell/render-shell.tsx';

describe('the History dialog', () => {
  it('lists the versions with what changed and restores one after asking', async () => {
    const { user, notebook } = renderShell(({ notebook }) => {
      const { caseId } = notebook.call('notebook.addSample', {});
      recordVersion(notebook.db, caseId, 'manual', new Date(Date.now() - 60 * 60 * 1000));
      notebook.call('lessons.create', { caseId, fields: { text: 'Answer within the first day.' } });
      notebook.call('cases.update', { id: caseId, patch: { title: 'Xiaomi KOL, revised' } });
      recordVersion(notebook.db, caseId, 'pause', new Date(Date.now() - 30 * 60 * 1000));
      return { openCase: caseId };
    });
    await user.click(await screen.findByRole('button', { name: 'History…' }));
    const dialog = await screen.findByRole('dialog', { name: 'History of Xiaomi KOL, revised' });
    const versions = await within(dialog).findByRole('listbox', { name: 'Versions, newest first' });
    const options = await within(versions).findAllByRole('option');
    expect(options).toHaveLength(2);
    expect(options[0]!.textContent).toContain('After a pause in editing');
    expect(options[0]!.textContent).toContain('+1 lesson');
    expect(within(dialog).getByText(/Changed since the version before: Overview, Lessons\./)).toBeTruthy();

    // The older version is selected with the keyboard; restoring it asks first, then brings the old title back.
    versions.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(options[1]!.getAttribute('aria-selected')).toBe('true'));
    await user.click(within(dialog).getByRole('button', { name: 'Restore this version' }));
    const confirmDialog = await screen.findByRole('dialog', { name: /Restore the version of/ });
    await user.click(within(confirmDialog).getByRole('button', { name: 'Restore version' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /^History of/ })).toBeNull());
    const caseId = notebook.call('cases.list', {}).cases[0]!.id;
    await waitFor(() => expect(readCaseDocument(notebook.db, caseId).case.title).not.toBe('Xiaomi KOL, revised'));
    expect(readCaseDocument(notebook.db, caseId).lessons.map((l) => l.text)).not.toContain(
      'Answer within the first day.',
    );
    // The state it replaced was already the newest version, so History still holds it and nothing was lost.
    const [newest] = notebook.call('versions.list', { caseId }).versions;
    expect(notebook.call('versions.get', { id: newest!.id }).document.case.title).toBe('Xiaomi KOL, revised');
  });

  it('says so when a case has no versions yet, and keeps one on request', async () => {
    const { user } = renderShell(({ notebook }) => ({
      openCase: notebook.call('cases.create', { title: 'Fresh' }).id,
    }));
    await user.click(await screen.findByRole('button', { name: 'History…' }));
    const dialog = await screen.findByRole('dialog', { name: 'History of Fresh' });
    expect(await within(dialog).findByText(/No versions yet/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Keep a version now' }));
    const versions = await within(dialog).findByRole('listbox', { name: 'Versions, newest first' });
    expect(within(versions).getByRole('option').textContent).toContain('Kept by hand');
    expect(within(dialog).getByRole<HTMLSelectElement>('combobox', { name: 'Space for history' }).value).toBe(
      String(256 * 1024 * 1024),
    );
  });
});

function Keeper({ caseId, pauseMs }: { caseId: string; pauseMs: number }) {
  useVersionKeeper(caseId, pauseMs);
  return null;
}

describe('keeping versions while editing', () => {
  it('keeps one after a pause in changes and one when another case is opened, none while nothing changed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const bridge = installServiceBridge();
      const { notebook } = bridge;
      const first = notebook.call('cases.create', { title: 'First' }).id;
      const second = notebook.call('cases.create', { title: 'Second' }).id;
      const view = render(<Keeper caseId={first} pauseMs={1000} />);
      await act(async () => {
        await window.casebook.call('cases.update', { id: first, patch: { summary: 'one' } });
      });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(500);
      });
      expect(notebook.call('versions.list', { caseId: first }).versions).toEqual([]);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1000);
      });
      await waitFor(() =>
        expect(notebook.call('versions.list', { caseId: first }).versions.map((v) => v.reason)).toEqual(['pause']),
      );

      await act(async () => {
        await window.casebook.call('cases.update', { id: first, patch: { summary: 'two' } });
      });
      view.rerender(<Keeper caseId={second} pauseMs={1000} />);
      await waitFor(() =>
        expect(notebook.call('versions.list', { caseId: first }).versions.map((v) => v.reason)).toEqual([
          'switch',
          'pause',
        ]),
      );
      await act(async () => {
        await vi.advanceTimersByTimeAsync(5000);
      });
      expect(notebook.call('versions.list', { caseId: second }).versions).toEqual([]);
      view.unmount();
    } finally {
      vi.useRealTimers();
    }
  });
});
