import { errorMessage, mutate } from '../../api.ts';
import { recordEdit } from '../../edit-history.ts';
import { useToast } from '../../ui/toasts.tsx';

export interface TrashRequest {
  /** What a person calls the item: "event", "lesson". */
  readonly noun: string;
  /** How the toast names it: "The event “Apology”". */
  readonly description: string;
  readonly caseId: string;
  readonly remove: () => Promise<{ readonly trashId: string }>;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Deletes an item by moving it to the trash, offers Undo in a toast, and records the delete for
 * Ctrl/Cmd+Z (undo restores from the trash, redo deletes again). Resolves true once it is in the trash.
 */
export function useMoveToTrash(): (request: TrashRequest) => Promise<boolean> {
  const toast = useToast();
  return async ({ noun, description, caseId, remove }) => {
    let trashId: string;
    try {
      trashId = (await remove()).trashId;
    } catch (error) {
      toast({ message: `The ${noun} could not be deleted: ${errorMessage(error)}`, tone: 'error' });
      return false;
    }
    const restore = async (): Promise<void> => void (await mutate('trash.restore', { id: trashId }));
    recordEdit({
      label: `Delete ${noun}`,
      caseId,
      undo: restore,
      redo: async () => {
        trashId = (await remove()).trashId;
      },
    });
    toast({ message: `${capitalized(description)} moved to the trash.`, action: { label: 'Undo', run: restore } });
    return true;
  };
}
