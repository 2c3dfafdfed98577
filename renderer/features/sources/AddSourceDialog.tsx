/**
 * <AddSourceDialog caseId onClose onAdded?>
 * A modal named "Add source" holding AddSourceForm. When the source is added it closes, says so in a
 * toast (including "This URL is already in your library: using the existing source.") and calls
 * onAdded({ source, merged }).
 */
import { useToast } from '../../ui/toasts.tsx';
import { addedSourceMessage, AddSourceForm } from './AddSourceForm.tsx';
import type { AddedSource } from './AddSourceForm.tsx';
import { ModalDialog } from './ModalDialog.tsx';

export interface AddSourceDialogProps {
  readonly caseId: string | null;
  readonly onClose: () => void;
  readonly onAdded?: (added: AddedSource) => void;
}

export function AddSourceDialog({ caseId, onClose, onAdded }: AddSourceDialogProps) {
  const toast = useToast();
  return (
    <ModalDialog label="Add source" onClose={onClose}>
      <AddSourceForm
        caseId={caseId}
        onCancel={onClose}
        onAdded={(added) => {
          toast({ message: addedSourceMessage(added) });
          onAdded?.(added);
          onClose();
        }}
      />
    </ModalDialog>
  );
}
