import { call, errorMessage, mutate } from '../../api.ts';
import { recordEdit } from '../../edit-history.ts';
import { useConfirm } from '../../ui/confirm-dialog.tsx';
import { useToast } from '../../ui/toasts.tsx';
import { citedBySummary } from './CitedBy.tsx';

/**
 * Moves a source to the trash. A cited source asks first and says where it is cited; the toast offers
 * Undo and Ctrl/Cmd+Z takes it back too. Resolves true once it is in the trash.
 */
export function useDeleteSource(): (source: { readonly id: string; readonly title: string }) => Promise<boolean> {
  const confirm = useConfirm();
  const toast = useToast();
  return async ({ id, title }) => {
    let uses;
    try {
      uses = (await call('sources.usage', { id })).uses;
    } catch (error) {
      toast({ message: `The source could not be deleted: ${errorMessage(error)}`, tone: 'error' });
      return false;
    }
    if (uses.length > 0) {
      const confirmed = await confirm({
        title: 'Delete a cited source?',
        message: `${citedBySummary(uses)}. “${title}” moves to the trash and those citations go with it; restoring it brings them back.`,
        confirmLabel: 'Delete source',
        danger: true,
      });
      if (!confirmed) return false;
    }
    let trashId: string;
    try {
      trashId = (await mutate('sources.delete', { id })).trashId;
    } catch (error) {
      toast({ message: `The source could not be deleted: ${errorMessage(error)}`, tone: 'error' });
      return false;
    }
    const restore = async (): Promise<void> => void (await mutate('trash.restore', { id: trashId }));
    recordEdit({
      label: 'Delete source',
      caseId: null,
      undo: restore,
      redo: async () => {
        trashId = (await mutate('sources.delete', { id })).trashId;
      },
    });
    toast({ message: `The source “${title}” moved to the trash.`, action: { label: 'Undo', run: restore } });
    return true;
  };
}
