import { useCallback, useRef, useState } from 'react';
import { errorMessage, mutate } from '../../api.ts';
import { useToast } from '../../ui/toasts.tsx';
import { addedMessage } from './add-messages.ts';
import { importKindOf, unsupportedMessage } from './import-kinds.ts';
import { readAsBase64, readAsText } from '../../read-file.ts';

export interface ImageDetails {
  readonly caption: string;
  readonly altText: string;
}
/** An image waiting for its caption and alt text; resolve(null) skips it. */
export interface ImagePrompt {
  readonly file: File;
  readonly resolve: (details: ImageDetails | null) => void;
}

type Outcome =
  | { readonly type: 'added'; readonly message: string; readonly sourceId: string | null }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'skipped' };

export interface LibraryImport {
  /** "Adding 3 of 7…" while files are added; null otherwise. */
  readonly progress: string | null;
  readonly imagePrompt: ImagePrompt | null;
  readonly addFiles: (files: readonly File[]) => Promise<void>;
  readonly addHtml: (html: string) => Promise<void>;
}

/**
 * Adds files (saved pages, PDFs, images, reference files) and pasted HTML to the library, one at a time
 * with progress, and says what happened in a toast. `onAdded` gets the source to select afterwards.
 */
export function useLibraryImport(onAdded: (sourceId: string) => void): LibraryImport {
  const toast = useToast();
  const [progress, setProgress] = useState<string | null>(null);
  const [imagePrompt, setImagePrompt] = useState<ImagePrompt | null>(null);
  const busy = useRef(false);

  const askImageDetails = useCallback(
    (file: File) =>
      new Promise<ImageDetails | null>((resolve) =>
        setImagePrompt({
          file,
          resolve: (details) => {
            setImagePrompt(null);
            resolve(details);
          },
        }),
      ),
    [],
  );

  const addOne = useCallback(
    async (file: File): Promise<Outcome> => {
      const kind = importKindOf(file.name);
      if (kind === null) return { type: 'failed', message: unsupportedMessage(file.name) };
      try {
        if (kind.type === 'references') {
          const result = await mutate('sources.importReferences', {
            format: kind.format,
            text: await readAsText(file),
          });
          const added = result.sources.length - result.merged;
          const parts = [`${added} new`];
          if (result.merged > 0) parts.push(`${result.merged} merged with sources already in the library`);
          return {
            type: 'added',
            message: `Imported ${result.sources.length === 1 ? '1 reference' : `${result.sources.length} references`} from “${file.name}” (${parts.join(', ')}).`,
            sourceId: result.sources[0]?.id ?? null,
          };
        }
        let details: ImageDetails | null = null;
        if (kind.type === 'image') {
          details = await askImageDetails(file);
          if (details === null) return { type: 'skipped' };
        }
        const base64 = await readAsBase64(file);
        const result = await mutate('sources.addFromFile', {
          fileName: file.name,
          ...(kind.type === 'image' ? { mediaType: kind.mediaType } : file.type ? { mediaType: file.type } : {}),
          base64,
          ...(details && { caption: details.caption.trim() || null, altText: details.altText.trim() || null }),
        });
        return { type: 'added', message: addedMessage(result.source.title, result.merged), sourceId: result.source.id };
      } catch (error) {
        return { type: 'failed', message: `“${file.name}” could not be added: ${errorMessage(error)}` };
      }
    },
    [askImageDetails],
  );

  const addFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0 || busy.current) return;
      busy.current = true;
      const outcomes: Outcome[] = [];
      try {
        for (const [index, file] of files.entries()) {
          setProgress(files.length === 1 ? `Adding “${file.name}”…` : `Adding ${index + 1} of ${files.length}…`);
          outcomes.push(await addOne(file));
        }
      } finally {
        busy.current = false;
        setProgress(null);
      }
      const added = outcomes.filter((outcome) => outcome.type === 'added');
      const failed = outcomes.filter((outcome) => outcome.type === 'failed');
      if (files.length === 1 && added[0]) toast({ message: added[0].message });
      else if (added.length > 0) toast({ message: `Added ${added.length} of ${files.length} files to the library.` });
      if (failed.length === 1 && failed[0]) toast({ message: failed[0].message, tone: 'error' });
      else if (failed.length > 1)
        toast({
          message: `${failed.length} files could not be added. ${failed.map((outcome) => outcome.message).join(' ')}`,
          tone: 'error',
        });
      const first = added.find((outcome) => outcome.sourceId !== null);
      if (first?.sourceId) onAdded(first.sourceId);
    },
    [addOne, onAdded, toast],
  );

  const addHtml = useCallback(
    async (html: string) => {
      if (busy.current) return;
      busy.current = true;
      setProgress('Adding the pasted page…');
      try {
        const result = await mutate('sources.addFromHtml', { html });
        toast({ message: addedMessage(result.source.title, result.merged) });
        onAdded(result.source.id);
      } catch (error) {
        toast({ message: `The pasted HTML could not be added: ${errorMessage(error)}`, tone: 'error' });
      } finally {
        busy.current = false;
        setProgress(null);
      }
    },
    [onAdded, toast],
  );

  return { progress, imagePrompt, addFiles, addHtml };
}
