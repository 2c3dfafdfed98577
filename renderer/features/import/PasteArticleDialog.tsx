import { useId, useState } from 'react';
import { ModalDialog } from '../../ui/modal-dialog.tsx';

/** "New case from pasted text": the article's text, pasted or typed, becomes a draft case. */
export function PasteArticleDialog({
  busy,
  onImport,
  onClose,
}: {
  readonly busy: boolean;
  readonly onImport: (text: string) => void;
  readonly onClose: () => void;
}) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  return (
    <ModalDialog label="New case from pasted text" onClose={onClose}>
      <form
        className="paste-article"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() === '') {
            setProblem('Paste the article’s text first.');
            return;
          }
          onImport(text);
        }}
      >
        <h2 className="dialog-title">New case from pasted text</h2>
        <label className="field">
          <span>Article text</span>
          <textarea
            className="input paste-article-text"
            rows={14}
            value={text}
            autoFocus
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setProblem(null);
            }}
          />
        </label>
        {problem && (
          <p id={problemId} role="alert" className="field-error">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Importing…' : 'Import'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
