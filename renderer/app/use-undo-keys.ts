import { useCallback } from 'react';
import { errorMessage } from '../api.ts';
import { redoLastEdit, undoLastEdit } from '../edit-history.ts';
import type { RecordedEdit } from '../edit-history.ts';
import { flushAllWrites } from '../save-queue.ts';
import { useToast } from '../ui/toasts.tsx';
import type { ToastRequest } from '../ui/toasts.tsx';

/**
 * Undo and redo of structured edits with a toast saying what was taken back ("Undone: Edit title") and
 * offering the way back. Pending edits are committed first, so the last thing typed is what is undone.
 * An edit of another case opens that case, so the change is seen.
 */
export function useUndoRedo(openCase: (caseId: string) => void, openCaseId: string | null) {
  const toast = useToast();
  return useCallback(
    (direction: 'undo' | 'redo') => undoOrRedo(direction, { toast, openCase, openCaseId }),
    [toast, openCase, openCaseId],
  );
}

interface UndoContext {
  readonly toast: (toast: ToastRequest) => void;
  readonly openCase: (caseId: string) => void;
  readonly openCaseId: string | null;
}

async function undoOrRedo(direction: 'undo' | 'redo', context: UndoContext): Promise<void> {
  const { toast, openCase, openCaseId } = context;
  let edit: RecordedEdit | null;
  try {
    await flushAllWrites();
    edit = direction === 'undo' ? await undoLastEdit() : await redoLastEdit();
  } catch (error) {
    toast({ message: `Could not ${direction}: ${errorMessage(error)}`, tone: 'error' });
    return;
  }
  if (edit === null) {
    toast({ message: direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.' });
    return;
  }
  if (edit.caseId !== null && edit.caseId !== openCaseId) openCase(edit.caseId);
  const back = direction === 'undo' ? 'redo' : 'undo';
  toast({
    message: `${direction === 'undo' ? 'Undone' : 'Redone'}: ${edit.label}`,
    action: {
      label: direction === 'undo' ? 'Redo' : 'Undo',
      run: () => undoOrRedo(back, { ...context, openCaseId: edit.caseId ?? openCaseId }),
    },
  });
}
