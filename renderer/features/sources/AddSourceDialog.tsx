/**
 * <AddSourceDialog caseId onClose onAdded? onViewSnapshot?>
 * A modal named "Add source" with every way to add a source from a case:
 * - "Paste or drop a saved page" (the "Saved page" zone): pasted HTML → sources.addFromHtml; dropped or
 *   chosen .html/.htm/.mhtml/.pdf → sources.addFromFile; an image asks for its caption and alt text
 *   first; .bib/.ris/.json → sources.importReferences.
 * - The details form (AddSourceForm), with "Capture page" for a typed URL (sources.captureUrl: captured,
 *   offline, or failed with the service's message; the URL is kept as a source in every case).
 * The form's "Add source" closes the dialog with a toast, as before. The other ways show what was added
 * and read from it, with "Open snapshot" (onViewSnapshot) to quote or cite it, "Add another" and "Done".
 * onAdded({ source, merged }) is called for every source added.
 */
import { useRef, useState } from 'react';
import type { Source } from '../../../shared/domain/case-document.ts';
import { errorMessage, mutate } from '../../api.ts';
import { recordEdit } from '../../edit-history.ts';
import { useToast } from '../../ui/toasts.tsx';
import { AddedSourceSummary } from './AddedSourceSummary.tsx';
import type { AddOutcome } from './AddedSourceSummary.tsx';
import { addedSourceMessage, AddSourceForm } from './AddSourceForm.tsx';
import type { AddedSource } from './AddSourceForm.tsx';
import { ImageSourceForm } from './ImageSourceForm.tsx';
import type { ImageDetails } from './ImageSourceForm.tsx';
import { ModalDialog } from './ModalDialog.tsx';
import { SavedPageDrop } from './SavedPageDrop.tsx';
import { readAsBase64, readAsText } from '../../read-file.ts';
import { fileRole, tooLargeMessage, unsupportedFileMessage } from './saved-page-input.ts';

export interface AddSourceDialogProps {
  readonly caseId: string | null;
  readonly onClose: () => void;
  readonly onAdded?: (added: AddedSource) => void;
  /** Shows a source's snapshot (the dialog closes first). Without it, "Open snapshot" is not offered. */
  readonly onViewSnapshot?: (sourceId: string) => void;
}

type View =
  | { readonly name: 'start' }
  | { readonly name: 'image'; readonly file: File; readonly mediaType: string }
  | { readonly name: 'added'; readonly outcome: AddOutcome };

const CAPTURE_OFFLINE = 'You are offline; the URL is kept and can be captured later.';

export function AddSourceDialog({ caseId, onClose, onAdded, onViewSnapshot }: AddSourceDialogProps) {
  const toast = useToast();
  const titleRef = useRef<HTMLInputElement>(null);
  const [view, setView] = useState<View>({ name: 'start' });
  const [progress, setProgress] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  /** Records a new source for undo (a merged one was already there) and tells the caller. */
  function added(result: { source: Source; merged: boolean }): void {
    if (!result.merged) {
      const sourceId = result.source.id;
      let trashId: string | null = null;
      recordEdit({
        label: 'Add source',
        caseId,
        undo: async () => {
          trashId = (await mutate('sources.delete', { id: sourceId })).trashId;
        },
        redo: async () => {
          if (trashId !== null) await mutate('trash.restore', { id: trashId });
        },
      });
    }
    onAdded?.({ source: result.source, merged: result.merged });
  }

  async function run(message: string, work: () => Promise<AddOutcome>, failurePrefix: string): Promise<void> {
    setProblem(null);
    setProgress(message);
    try {
      const outcome = await work();
      setView({ name: 'added', outcome });
    } catch (error) {
      setProblem(`${failurePrefix}: ${errorMessage(error)}`);
    } finally {
      setProgress(null);
    }
  }

  function addHtml(html: string): void {
    void run(
      'Reading the page…',
      async () => {
        const result = await mutate('sources.addFromHtml', { html });
        added(result);
        return { kind: 'source', ...result, notice: null, hasFile: false };
      },
      'The page could not be added',
    );
  }

  function addFiles(files: readonly File[]): void {
    const [file, ...rest] = files;
    if (!file) return;
    if (rest.length > 0) {
      setProblem('Drop one file at a time, so you can check what is read from each.');
      return;
    }
    const role = fileRole(file.name, file.type);
    if (role === null) return setProblem(unsupportedFileMessage(file.name));
    const tooLarge = tooLargeMessage(file.name, file.size);
    if (tooLarge) return setProblem(tooLarge);
    setProblem(null);
    if (role.role === 'image') return setView({ name: 'image', file, mediaType: role.mediaType });
    if (role.role === 'references') {
      void run(
        `Importing “${file.name}”…`,
        async () => {
          const result = await mutate('sources.importReferences', {
            format: role.format,
            text: await readAsText(file),
          });
          return { kind: 'references', ...result };
        },
        `“${file.name}” could not be imported`,
      );
      return;
    }
    void run(
      `Reading “${file.name}”…`,
      async () => {
        const base64 = await readAsBase64(file);
        const result = await mutate('sources.addFromFile', {
          fileName: file.name,
          ...(role.role === 'pdf' ? { mediaType: 'application/pdf' } : {}),
          base64,
        });
        added(result);
        return { kind: 'source', ...result, excerpt: null, notice: null, hasFile: role.role === 'pdf' };
      },
      `“${file.name}” could not be added`,
    );
  }

  function addImage(file: File, mediaType: string, details: ImageDetails): void {
    void run(
      `Adding “${file.name}”…`,
      async () => {
        const base64 = await readAsBase64(file);
        const result = await mutate('sources.addFromFile', {
          fileName: file.name,
          mediaType,
          base64,
          caption: details.caption,
          altText: details.altText,
        });
        added(result);
        return { kind: 'source', ...result, excerpt: null, notice: null, hasFile: true };
      },
      `“${file.name}” could not be added`,
    );
  }

  function capture(url: string): void {
    void run(
      'Capturing…',
      async () => {
        const result = await mutate('sources.captureUrl', { url });
        added(result);
        const notice =
          result.outcome === 'offline'
            ? CAPTURE_OFFLINE
            : result.outcome === 'failed'
              ? `The page could not be captured. ${result.message ?? 'The URL is kept and can be captured later.'}`
              : null;
        return { kind: 'source', ...result, excerpt: null, notice, hasFile: false };
      },
      'The page could not be captured',
    );
  }

  const busy = progress !== null;
  return (
    <ModalDialog label="Add source" onClose={onClose} initialFocus={titleRef} className="source-dialog-wide">
      {view.name === 'added' ? (
        <AddedSourceSummary
          outcome={view.outcome}
          onViewSnapshot={
            onViewSnapshot &&
            ((sourceId) => {
              onClose();
              onViewSnapshot(sourceId);
            })
          }
          onAddAnother={() => setView({ name: 'start' })}
          onDone={onClose}
        />
      ) : (
        <div className="add-source">
          {view.name === 'image' ? (
            <ImageSourceForm
              fileName={view.file.name}
              busy={busy}
              onCancel={() => setView({ name: 'start' })}
              onSubmit={(details) => addImage(view.file, view.mediaType, details)}
            />
          ) : (
            <>
              <SavedPageDrop busy={busy} onHtml={addHtml} onFiles={addFiles} onProblem={setProblem} />
              <p className="add-source-or" aria-hidden="true">
                or enter its details
              </p>
            </>
          )}
          <div className="add-source-progress" role="status">
            {progress}
          </div>
          {problem && (
            <p role="alert" className="field-error">
              {problem}
            </p>
          )}
          {view.name === 'start' && (
            <AddSourceForm
              caseId={caseId}
              titleInputRef={titleRef}
              onCapture={capture}
              capturing={busy}
              onCancel={onClose}
              onAdded={(result) => {
                toast({ message: addedSourceMessage(result) });
                onAdded?.(result);
                onClose();
              }}
            />
          )}
        </div>
      )}
    </ModalDialog>
  );
}
