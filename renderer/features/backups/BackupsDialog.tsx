import { useId, useState } from 'react';
import { bridge, call, errorMessage, useQuery } from '../../api.ts';
import { flushAllWrites } from '../../save-queue.ts';
import { useConfirm } from '../../ui/confirm-dialog.tsx';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { useToast } from '../../ui/toasts.tsx';
import { formatBytes, formatVersionTime } from '../history/version-labels.ts';
import { BackupRetention } from './BackupRetention.tsx';
import './backups.css';

const REASON_LABELS = {
  daily: 'Daily',
  manual: 'Made on request',
  'pre-migration': 'Before an upgrade',
} as const;

/** "Backups": the notebook's automatic and on-request backups; back up now, or open a backup as a copy. */
export function BackupsDialog({ onClose }: { readonly onClose: () => void }) {
  const list = useQuery('backups.list', {}, ['notebook_settings']);
  const [busy, setBusy] = useState(false);
  const confirm = useConfirm();
  const toast = useToast();
  const headingId = useId();
  const backups = list.data?.backups ?? [];

  async function backUpNow(): Promise<void> {
    setBusy(true);
    try {
      await flushAllWrites();
      const made = await call('backups.create', {});
      toast({ message: `Backed up the notebook (${formatBytes(made.bytes)}, checked).` });
      list.refetch();
    } catch (error) {
      toast({ message: `The backup failed: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  async function restoreAsCopy(name: string, createdAt: string): Promise<void> {
    const confirmed = await confirm({
      title: `Open the backup of ${formatVersionTime(createdAt)}?`,
      message:
        'Casebook copies the backup to a new notebook file beside this one and opens the copy. This notebook and the backup stay exactly as they are; take what you need from the copy.',
      confirmLabel: 'Open as a copy',
    });
    if (!confirmed) return;
    setBusy(true);
    try {
      await flushAllWrites();
      const { path } = await call('backups.copyForRestore', { name });
      const opened = await bridge().openBackupCopy(path);
      if (!opened.ok) throw new Error(`${opened.error.message} The copy is at ${path}.`);
      if (!opened.value.opened) throw new Error(`Casebook did not open it. The copy is at ${path}.`);
      toast({ message: `Opened the copy of the backup: ${path}` });
      onClose();
    } catch (error) {
      toast({ message: `The backup could not be opened: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalDialog label="Backups" className="backups-dialog" onClose={onClose}>
      <header className="backups-header">
        <h2 id={headingId} className="dialog-title">
          Backups
        </h2>
        <button type="button" className="button button-small" disabled={busy} onClick={() => void backUpNow()}>
          Back up now
        </button>
      </header>
      <p className="backups-note">
        Casebook backs the notebook up at the first start of each day and before every upgrade, and checks each copy
        before it counts. Backups you make are never removed by Casebook; to remove one, delete its file from this
        folder.
        {list.data && <span className="backups-folder"> Folder: {list.data.folder}</span>}
      </p>
      {list.data && <BackupRetention retention={list.data.retention} disabled={busy} />}
      {list.status === 'error' && (
        <p role="alert" className="backups-empty">
          {list.error.message}
        </p>
      )}
      {list.status === 'ready' && backups.length === 0 && (
        <p className="backups-empty">No backups yet. The first one is made today, or now with “Back up now”.</p>
      )}
      {backups.length > 0 && (
        <div className="backups-scroller">
          <table className="backups-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">Why</th>
                <th scope="col">Size</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.name}>
                  <td>{formatVersionTime(backup.createdAt)}</td>
                  <td>{REASON_LABELS[backup.reason]}</td>
                  <td>{formatBytes(backup.bytes)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-quiet button-small"
                      disabled={busy}
                      aria-label={`Open the backup of ${formatVersionTime(backup.createdAt)} as a copy`}
                      onClick={() => void restoreAsCopy(backup.name, backup.createdAt)}
                    >
                      Open as a copy…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-small" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
