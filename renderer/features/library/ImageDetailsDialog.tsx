import { useEffect, useId, useRef, useState } from 'react';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import type { ImagePrompt } from './use-library-import.ts';

/** Asks for an image's caption and alt text before it is added to the library. */
export function ImageDetailsDialog({ prompt }: { prompt: ImagePrompt }) {
  const [caption, setCaption] = useState('');
  const [altText, setAltText] = useState('');
  const preview = useRef<HTMLImageElement>(null);
  const captionId = useId();
  const altId = useId();
  useEffect(() => {
    if (typeof URL.createObjectURL !== 'function') return;
    const url = URL.createObjectURL(prompt.file);
    if (preview.current) preview.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [prompt.file]);

  return (
    <ModalDialog label="Describe the image" className="library-dialog" onClose={() => prompt.resolve(null)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          prompt.resolve({ caption, altText });
        }}
      >
        <h2 className="dialog-title">Describe the image</h2>
        <p className="dialog-message">
          “{prompt.file.name}” becomes a source. Say what it shows for readers who cannot see it.
        </p>
        <img ref={preview} className="library-dialog-preview" alt="" />
        <label htmlFor={captionId} className="library-field-label">
          Caption
        </label>
        <input id={captionId} className="input" value={caption} onChange={(event) => setCaption(event.target.value)} />
        <label htmlFor={altId} className="library-field-label">
          Alt text
        </label>
        <textarea
          id={altId}
          className="input textarea"
          rows={3}
          value={altText}
          onChange={(event) => setAltText(event.target.value)}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => prompt.resolve(null)}>
            Skip this image
          </button>
          <button type="submit" className="button button-primary">
            Add image
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
