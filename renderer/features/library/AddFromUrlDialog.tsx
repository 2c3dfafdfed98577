import { useId, useState } from 'react';
import { normalizeUrl } from '../../../shared/domain/url.ts';
import { errorMessage, mutate } from '../../api.ts';
import { useToast } from '../../ui/toasts.tsx';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { captureMessage } from './add-messages.ts';

/**
 * "Add from URL": the main process fetches and captures the page. Offline or failing, the URL is kept as a
 * source without a snapshot and the dialog says so; the source is selected either way.
 */
export function AddFromUrlDialog({ onClose, onAdded }: { onClose: () => void; onAdded: (sourceId: string) => void }) {
  const toast = useToast();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [capturing, setCapturing] = useState(false);
  const fieldId = useId();
  const errorId = useId();

  async function capture(): Promise<void> {
    const typed = url.trim();
    if (normalizeUrl(typed) === null) {
      setError(
        typed === ''
          ? 'Type the address of a web page.'
          : `“${typed}” is not a web address. Use one that starts with https:// or http://.`,
      );
      return;
    }
    setError(null);
    setOutcome(null);
    setCapturing(true);
    try {
      const result = await mutate('sources.captureUrl', { url: typed });
      const { message, tone } = captureMessage(result, false);
      onAdded(result.source.id);
      if (tone === 'info') {
        toast({ message });
        onClose();
      } else setOutcome(message);
    } catch (failure) {
      setError(`The page could not be added: ${errorMessage(failure)}`);
    } finally {
      setCapturing(false);
    }
  }

  return (
    <ModalDialog label="Add from URL" className="library-dialog" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!capturing) void capture();
        }}
      >
        <h2 className="dialog-title">Add from URL</h2>
        <p className="dialog-message">Casebook fetches the page and keeps a sanitized snapshot for offline reading.</p>
        <label htmlFor={fieldId} className="library-field-label">
          URL
        </label>
        <input
          id={fieldId}
          className="input"
          type="text"
          inputMode="url"
          autoComplete="off"
          placeholder="https://"
          value={url}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setUrl(event.target.value)}
        />
        {error && (
          <p id={errorId} className="library-field-error">
            {error}
          </p>
        )}
        <p role="status" className="library-muted library-dialog-status">
          {capturing ? 'Capturing…' : outcome}
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {outcome ? 'Close' : 'Cancel'}
          </button>
          <button type="submit" className="button button-primary" disabled={capturing}>
            {capturing ? 'Capturing…' : 'Capture'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
