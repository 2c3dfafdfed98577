import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { checkLinkUrl } from './link-url.ts';
import '../../ui/dialog.css';

export interface LinkDialogProps {
  readonly initialUrl: string;
  readonly editing: boolean;
  readonly onApply: (url: string) => void;
  readonly onRemove: () => void;
  readonly onClose: () => void;
}

/** A small dialog with one "URL" field: http, https and mailto only, refused with a message otherwise. */
export function LinkDialog({ initialUrl, editing, onApply, onRemove, onClose }: LinkDialogProps) {
  const [url, setUrl] = useState(initialUrl);
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = useId();
  const inputId = useId();
  const problemId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  function submit(event: FormEvent): void {
    event.preventDefault();
    const checked = checkLinkUrl(url);
    if (checked.ok) onApply(checked.url);
    else setProblem(checked.message);
  }
  function onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  }
  return (
    <div className="dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <form
        className="dialog link-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onSubmit={submit}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog-title">
          {editing ? 'Edit link' : 'Insert link'}
        </h2>
        <label htmlFor={inputId} className="link-dialog-label">
          URL
        </label>
        <input
          id={inputId}
          ref={inputRef}
          className="link-dialog-input"
          type="text"
          inputMode="url"
          spellCheck={false}
          value={url}
          placeholder="https://"
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => {
            setUrl(event.target.value);
            setProblem(null);
          }}
        />
        {problem && (
          <p id={problemId} role="alert" className="link-dialog-problem">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          {editing && (
            <button type="button" className="button" onClick={onRemove}>
              Remove link
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            {editing ? 'Update link' : 'Add link'}
          </button>
        </div>
      </form>
    </div>
  );
}
