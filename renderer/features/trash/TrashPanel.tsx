import { useEffect, useRef, useState } from 'react';
import type { TrashEntry } from '../../../shared/contract/procedures.ts';
import { errorMessage, mutate, useQuery } from '../../api.ts';
import { useConfirm } from '../../ui/confirm-dialog.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { useToast } from '../../ui/toasts.tsx';
import './trash.css';

const KIND_LABELS: Record<string, string> = {
  case: 'Case',
  actor: 'Actor',
  issueRow: 'Table row',
  event: 'Event',
  quote: 'Quote',
  fact: 'Fact',
  lesson: 'Lesson',
  source: 'Source',
};

/** What was deleted, newest first, each with Restore and "Delete forever" (after a confirmation). */
export function TrashPanel({
  onClose,
  onRestoredCase,
}: {
  onClose: () => void;
  onRestoredCase: (caseId: string) => void;
}) {
  const trash = useQuery('trash.list', { limit: 200 }, ['trash']);
  const toast = useToast();
  const confirm = useConfirm();
  const [restoring, setRestoring] = useState<string | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);

  async function restore(entryId: string): Promise<void> {
    setRestoring(entryId);
    try {
      const restored = await mutate('trash.restore', { id: entryId });
      if (restored.caseId) onRestoredCase(restored.caseId);
    } catch (error) {
      toast({ message: `Could not restore: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setRestoring(null);
    }
  }

  async function deleteForever(entry: TrashEntry): Promise<void> {
    const kind = (KIND_LABELS[entry.kind] ?? 'item').toLowerCase();
    const confirmed = await confirm({
      title: `Delete “${entry.label}” forever?`,
      message:
        entry.kind === 'case'
          ? 'The case and everything in it are erased from the notebook. This cannot be undone.'
          : `The ${kind} is erased from the notebook. This cannot be undone.`,
      confirmLabel: 'Delete forever',
      danger: true,
    });
    if (!confirmed) return;
    setRestoring(entry.id);
    try {
      await mutate('trash.purge', { id: entry.id });
      toast({ message: `Deleted “${entry.label}” forever.` });
      // The entry's buttons are gone: keep the keyboard in the trash.
      closeRef.current?.focus();
    } catch (error) {
      toast({ message: `Could not delete forever: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setRestoring(null);
    }
  }

  const entries = trash.data?.entries ?? [];
  return (
    <aside
      className="trash-panel"
      role="dialog"
      aria-label="Trash"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.nativeEvent.isComposing) onClose();
      }}
    >
      <div className="trash-header">
        <h2 className="trash-title">Trash</h2>
        <button ref={closeRef} type="button" className="button button-quiet button-small" onClick={onClose}>
          Close trash
        </button>
      </div>
      {trash.status === 'ready' && entries.length === 0 && <EmptyState title="The trash is empty." />}
      {trash.status === 'error' && <p role="alert">The trash could not be read: {trash.error.message}</p>}
      <ul className="trash-list">
        {entries.map((entry) => (
          <li key={entry.id} className="trash-entry">
            <span className="trash-entry-text">
              <span className="trash-entry-label">{entry.label}</span>
              <span className="trash-entry-meta">
                {KIND_LABELS[entry.kind] ?? entry.kind} · deleted {new Date(entry.deletedAt).toLocaleString()}
              </span>
            </span>
            <button
              type="button"
              className="button button-small"
              disabled={restoring !== null}
              aria-label={`Restore ${entry.label}`}
              onClick={() => void restore(entry.id)}
            >
              Restore
            </button>
            <button
              type="button"
              className="button button-quiet button-small button-danger-text"
              disabled={restoring !== null}
              aria-label={`Delete forever: ${entry.label}`}
              onClick={() => void deleteForever(entry)}
            >
              Delete forever
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
