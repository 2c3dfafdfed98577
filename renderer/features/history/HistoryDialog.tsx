import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { CASE_CONTENT_TABLES } from '../../../shared/contract/tables.ts';
import { errorMessage, mutate, useQuery } from '../../api.ts';
import { flushAllWrites } from '../../save-queue.ts';
import { useConfirm } from '../../ui/confirm-dialog.tsx';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { useToast } from '../../ui/toasts.tsx';
import { VersionDetail } from './VersionDetail.tsx';
import {
  BUDGET_CHOICES,
  describeCountChanges,
  formatBytes,
  formatVersionTime,
  REASON_LABELS,
} from './version-labels.ts';
import './history.css';

const HISTORY_TABLES = ['case_versions', ...CASE_CONTENT_TABLES] as const;

/** "History": the case's kept versions, what changed in each, and restoring one as the current state. */
export function HistoryDialog({
  caseId,
  caseTitle,
  onClose,
}: {
  readonly caseId: string;
  readonly caseTitle: string;
  readonly onClose: () => void;
}) {
  const list = useQuery('versions.list', { caseId }, HISTORY_TABLES);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = useConfirm();
  const toast = useToast();
  const listId = useId();
  const budgetId = useId();
  const versions = list.data?.versions ?? [];
  const selected = versions.find((version) => version.id === selectedId) ?? versions[0] ?? null;

  async function keepNow(): Promise<void> {
    setBusy(true);
    try {
      await flushAllWrites();
      const result = await mutate('versions.record', { caseId, reason: 'manual' });
      toast({
        message: result.recorded
          ? 'Kept this state of the case as a version.'
          : 'Nothing changed since the newest version.',
      });
      if (result.versionId !== null) setSelectedId(result.versionId);
    } catch (error) {
      toast({ message: `The version could not be kept: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  async function restore(versionId: string, createdAt: string): Promise<void> {
    const when = formatVersionTime(createdAt);
    const confirmed = await confirm({
      title: `Restore the version of ${when}?`,
      message: `“${caseTitle}” goes back to how it was then. The case as it is now is kept in History first, so you can come back to it.`,
      confirmLabel: 'Restore version',
    });
    if (!confirmed) return;
    setBusy(true);
    try {
      await flushAllWrites();
      await mutate('versions.restore', { id: versionId });
      toast({ message: `Restored the version of ${when}. The state before it is in History.` });
      onClose();
    } catch (error) {
      toast({ message: `The version could not be restored: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  async function setBudget(budgetBytes: number): Promise<void> {
    try {
      const { removed } = await mutate('versions.setBudget', { budgetBytes });
      if (removed > 0) toast({ message: `Removed ${removed} old ${removed === 1 ? 'version' : 'versions'} to fit.` });
    } catch (error) {
      toast({ message: `The space for history could not be changed: ${errorMessage(error)}`, tone: 'error' });
    }
  }

  function onListKey(event: KeyboardEvent<HTMLUListElement>): void {
    if (selected === null) return;
    const index = versions.indexOf(selected);
    const next =
      event.key === 'ArrowDown'
        ? versions[index + 1]
        : event.key === 'ArrowUp'
          ? versions[index - 1]
          : event.key === 'Home'
            ? versions[0]
            : event.key === 'End'
              ? versions.at(-1)
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    setSelectedId(next.id);
    // jsdom has no scrollIntoView; every browser does.
    document.getElementById(`${listId}-${next.id}`)?.scrollIntoView?.({ block: 'nearest' });
  }

  const usage = list.data?.usage;
  return (
    <ModalDialog label={`History of ${caseTitle}`} className="history-dialog" onClose={onClose}>
      <header className="history-header">
        <h2 className="dialog-title">History</h2>
        <button type="button" className="button button-small" disabled={busy} onClick={() => void keepNow()}>
          Keep a version now
        </button>
      </header>
      {list.status === 'error' && (
        <p role="alert" className="history-error">
          The history could not be read: {list.error.message}
        </p>
      )}
      {list.status === 'ready' && versions.length === 0 ? (
        <p className="history-empty">
          No versions yet. Casebook keeps one after each pause in editing, when you open another case, and before
          imports, bulk changes and restores.
        </p>
      ) : (
        <div className="history-body">
          <ul
            className="history-list"
            role="listbox"
            aria-label="Versions, newest first"
            tabIndex={0}
            aria-activedescendant={selected ? `${listId}-${selected.id}` : undefined}
            onKeyDown={onListKey}
          >
            {versions.map((version) => (
              <li
                key={version.id}
                id={`${listId}-${version.id}`}
                role="option"
                aria-selected={version === selected}
                className="history-item"
                onClick={() => setSelectedId(version.id)}
              >
                <span className="history-item-time">{formatVersionTime(version.createdAt)}</span>
                <span className="history-item-reason">{REASON_LABELS[version.reason]}</span>
                {Object.keys(version.countChanges).length > 0 && (
                  <span className="history-item-changes">{describeCountChanges(version.countChanges)}</span>
                )}
              </li>
            ))}
          </ul>
          {selected !== null && (
            <VersionDetail
              key={selected.id}
              version={selected}
              busy={busy}
              onRestore={() => void restore(selected.id, selected.createdAt)}
            />
          )}
        </div>
      )}
      <footer className="history-footer">
        {usage && (
          <span>
            History of the whole notebook: {usage.versions.toLocaleString('en')}{' '}
            {usage.versions === 1 ? 'version' : 'versions'}, {formatBytes(usage.bytes)} of{' '}
            {formatBytes(usage.budgetBytes)}
          </span>
        )}
        {usage && (
          <label htmlFor={budgetId} className="history-budget">
            Space for history
            <select
              id={budgetId}
              value={BUDGET_CHOICES.includes(usage.budgetBytes) ? usage.budgetBytes : ''}
              onChange={(event) => void setBudget(Number(event.target.value))}
            >
              {!BUDGET_CHOICES.includes(usage.budgetBytes) && (
                <option value="">{formatBytes(usage.budgetBytes)}</option>
              )}
              {BUDGET_CHOICES.map((bytes) => (
                <option key={bytes} value={bytes}>
                  {formatBytes(bytes)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="button button-small" onClick={onClose}>
          Close
        </button>
      </footer>
    </ModalDialog>
  );
}
