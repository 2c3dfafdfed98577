import { useId, useState } from 'react';
import type { Actor } from '../../../shared/domain/case-document.ts';
import { errorMessage, mutate } from '../../api.ts';
import { useConfirm } from '../../ui/confirm-dialog.tsx';
import { useToast } from '../../ui/toasts.tsx';

export interface MergeActorsBarProps {
  /** The actors selected for merging, in list order. */
  readonly selected: readonly Actor[];
  readonly onMerged: () => void;
  readonly onCancel: () => void;
}

function quotedList(names: readonly string[]): string {
  const quoted = names.map((name) => `“${name}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/**
 * Merges duplicate actors: the person picks the one to keep; after a confirmation naming what will be
 * merged, everything that named the others names the kept one, and the others move to the trash.
 * Not on the undo stack: restoring a merged actor from the trash does not point items back at it.
 */
export function MergeActorsBar({ selected, onMerged, onCancel }: MergeActorsBarProps) {
  const keepId = useId();
  const [chosenKeep, setChosenKeep] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = useConfirm();
  const toast = useToast();
  const keep = selected.find((actor) => actor.id === chosenKeep) ?? selected[0] ?? null;
  const merged = selected.filter((actor) => actor !== keep);

  async function merge(): Promise<void> {
    if (!keep || merged.length === 0) return;
    const names = quotedList(merged.map((actor) => actor.name));
    const confirmed = await confirm({
      title: `Merge into “${keep.name}”?`,
      message: `${names} will be merged into “${keep.name}”. Everything that names ${merged.length === 1 ? 'it' : 'them'} will name “${keep.name}”, and ${names} will move to the trash.`,
      confirmLabel: 'Merge',
    });
    if (!confirmed) return;
    setBusy(true);
    try {
      await mutate('actors.merge', { keepId: keep.id, mergeIds: merged.map((actor) => actor.id) });
      toast({ message: `Merged ${names} into “${keep.name}”.` });
      onMerged();
    } catch (error) {
      toast({ message: `The actors could not be merged: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="merge-actors-bar" role="group" aria-label="Merge duplicates">
      <p className="items-hint">
        {selected.length < 2
          ? 'Select two or more actors that are the same one.'
          : `${selected.length} actors selected.`}
      </p>
      {selected.length >= 2 && keep && (
        <div className="item-field item-field-narrow">
          <label htmlFor={keepId}>Keep</label>
          <select
            id={keepId}
            className="select"
            value={keep.id}
            onChange={(event) => setChosenKeep(event.target.value)}
          >
            {selected.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button
        type="button"
        className="button button-primary"
        disabled={busy || selected.length < 2}
        onClick={() => void merge()}
      >
        Merge selected
      </button>
      <button type="button" className="button button-quiet" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
