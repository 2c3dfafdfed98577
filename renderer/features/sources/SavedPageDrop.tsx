/**
 * <SavedPageDrop busy onHtml onFiles onProblem describedBy?>
 * A focusable drop zone (a region named "Saved page"): paste a page's HTML (text/html, or plain text that
 * is markup) → onHtml(html); drop files, or choose them ("Choose file…", or Enter in the zone) → onFiles.
 * A paste with neither calls onProblem(message). Nothing pasted is put into the DOM here.
 */
import { useId, useRef, useState } from 'react';
import type { ClipboardEvent, DragEvent, KeyboardEvent } from 'react';
import { ACCEPTED_FILES, ACCEPTED_FILES_TEXT, pastedHtml } from './saved-page-input.ts';

export interface SavedPageDropProps {
  readonly busy: boolean;
  readonly onHtml: (html: string) => void;
  readonly onFiles: (files: File[]) => void;
  readonly onProblem: (message: string) => void;
}

export function SavedPageDrop({ busy, onHtml, onFiles, onProblem }: SavedPageDropProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  function onPaste(event: ClipboardEvent<HTMLDivElement>): void {
    event.preventDefault();
    if (busy) return;
    const files = Array.from(event.clipboardData.files);
    if (files.length > 0) return onFiles(files);
    const html = pastedHtml(event.clipboardData);
    if (html !== null) return onHtml(html);
    onProblem('The clipboard holds no web page. Copy the page (or save it and drop the file), then paste here.');
  }

  function onDrop(event: DragEvent<HTMLDivElement>): void {
    event.preventDefault();
    setDragging(false);
    if (busy) return;
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) return onFiles(files);
    const html = pastedHtml(event.dataTransfer);
    if (html !== null) return onHtml(html);
    onProblem('Nothing that was dropped is a file or a web page.');
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      inputRef.current?.click();
    }
  }

  return (
    <div className="saved-page">
      <div
        role="region"
        tabIndex={0}
        aria-label="Saved page"
        aria-describedby={`${id}-hint`}
        aria-disabled={busy || undefined}
        className={dragging ? 'saved-page-zone is-dragging' : 'saved-page-zone'}
        onPaste={onPaste}
        onDrop={onDrop}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onKeyDown={onKeyDown}
      >
        <span className="saved-page-title">Paste or drop a saved page</span>
        <span id={`${id}-hint`} className="saved-page-hint">
          Focus here and paste (Ctrl+V or ⌘V) a copied page, or drop {ACCEPTED_FILES_TEXT}. Scripts and remote content
          are removed; the page is kept as a snapshot you can quote from.
        </span>
        <button type="button" className="button button-small" disabled={busy} onClick={() => inputRef.current?.click()}>
          Choose file…
        </button>
      </div>
      <input
        ref={inputRef}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        accept={ACCEPTED_FILES}
        multiple
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
