import { useCallback } from 'react';
import type { Source } from '../../../shared/domain/case-document.ts';
import { call, errorMessage, mutate } from '../../api.ts';
import { recordEdit } from '../../edit-history.ts';
import { useConfirm } from '../../ui/confirm-dialog.tsx';
import { useToast } from '../../ui/toasts.tsx';
import type { CitingPlace } from './where-cited.ts';

/** "row 2, the narrative and 2 places in “Other case”": where a source is cited, as a sentence part. */
export function describePlaces(places: readonly string[]): string {
  if (places.length <= 1) return places[0] ?? '';
  return `${places.slice(0, -1).join(', ')} and ${places.at(-1) ?? ''}`;
}

/** Every place in the notebook citing the source; the case's own places when the usage cannot be read. */
async function citingPlaces(sourceId: string, caseId: string, local: readonly CitingPlace[]): Promise<string[]> {
  try {
    const { uses } = await call('sources.usage', { id: sourceId });
    const here = local.map((place) => place.label);
    const elsewhere = new Map<string, number>();
    for (const use of uses)
      if (use.caseId !== caseId) elsewhere.set(use.caseTitle, (elsewhere.get(use.caseTitle) ?? 0) + 1);
    const others = [...elsewhere].map(([title, count]) =>
      count === 1 ? `1 place in “${title}”` : `${count} places in “${title}”`,
    );
    return [...here, ...others];
  } catch {
    return local.map((place) => place.label);
  }
}

/**
 * Moves a source to the trash. A cited source is first confirmed, naming where it is cited (its citations
 * stay and come back with it when it is restored). The removal can be undone.
 */
export function useRemoveSource(
  caseId: string,
): (source: Pick<Source, 'id' | 'title'>, places: readonly CitingPlace[]) => Promise<void> {
  const confirm = useConfirm();
  const toast = useToast();
  return useCallback(
    async (source, places) => {
      const cited = await citingPlaces(source.id, caseId, places);
      if (cited.length > 0) {
        const confirmed = await confirm({
          title: `Move “${source.title}” to the trash?`,
          message: `It is cited in ${describePlaces(cited)}. Restoring it from the trash brings those citations back.`,
          confirmLabel: 'Move to trash',
          danger: true,
        });
        if (!confirmed) return;
      }
      try {
        let { trashId } = await mutate('sources.delete', { id: source.id });
        const restore = async () => {
          await mutate('trash.restore', { id: trashId });
        };
        recordEdit({
          label: 'Remove source',
          caseId,
          undo: restore,
          redo: async () => {
            trashId = (await mutate('sources.delete', { id: source.id })).trashId;
          },
        });
        toast({ message: `Moved “${source.title}” to the trash.`, action: { label: 'Undo', run: restore } });
      } catch (error) {
        toast({ message: `The source could not be removed: ${errorMessage(error)}`, tone: 'error' });
      }
    },
    [caseId, confirm, toast],
  );
}
