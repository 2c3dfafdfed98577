/**
 * <ImageSourceForm fileName busy onSubmit onCancel>
 * An image (a screenshot of a post) becomes a source with a caption and alt text: "Caption", "Alt text"
 * (required: what the image shows, for people who cannot see it), "Add image".
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';

export interface ImageDetails {
  readonly caption: string | null;
  readonly altText: string;
}

export interface ImageSourceFormProps {
  readonly fileName: string;
  readonly busy: boolean;
  readonly onSubmit: (details: ImageDetails) => void;
  readonly onCancel: () => void;
}

export function ImageSourceForm({ fileName, busy, onSubmit, onCancel }: ImageSourceFormProps) {
  const id = useId();
  const [caption, setCaption] = useState('');
  const [altText, setAltText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const captionRef = useRef<HTMLInputElement>(null);
  // The drop zone that had the focus is gone: the caption is where the person goes on.
  useEffect(() => captionRef.current?.focus(), []);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (busy) return;
    if (altText.trim() === '') {
      setError('Describe what the image shows, for people who cannot see it.');
      document.getElementById(`${id}-alt`)?.focus();
      return;
    }
    onSubmit({ caption: caption.trim() === '' ? null : caption.trim(), altText: altText.trim() });
  }

  return (
    <form className="source-form" noValidate onSubmit={submit}>
      <p className="field-hint">
        Adding the image <strong>{fileName}</strong>.
      </p>
      <div className="field">
        <label htmlFor={`${id}-caption`}>Caption</label>
        <input
          ref={captionRef}
          id={`${id}-caption`}
          className="input"
          autoComplete="off"
          placeholder="Who posted it, where and when"
          value={caption}
          onChange={(event) => setCaption(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-alt`}>Alt text</label>
        <textarea
          id={`${id}-alt`}
          className="input"
          rows={3}
          value={altText}
          aria-required="true"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-alt-note`}
          onChange={(event) => {
            setAltText(event.target.value);
            setError(null);
          }}
        />
        <p id={`${id}-alt-note`} className={error ? 'field-error' : 'field-hint'}>
          {error ?? 'What the image shows, including any text in it.'}
        </p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Back
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          Add image
        </button>
      </div>
    </form>
  );
}
