import { useState } from 'react';
import { call, errorMessage } from '../../api.ts';
import { downloadText } from '../../download.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { REFERENCE_FORMATS } from '../bibliography/reference-files.ts';

/** "Export library…": the whole library as BibTeX, RIS or CSL-JSON, for Zotero and other managers. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  async function exportAs(choice: (typeof REFERENCE_FORMATS)[number]): Promise<void> {
    setBusy(true);
    setStatus(`Exporting as ${choice.label}…`);
    try {
      const { text } = await call('sources.exportReferences', { format: choice.format });
      downloadText(`casebook-library.${choice.extension}`, text, choice.mediaType);
      setStatus(`Saved casebook-library.${choice.extension}.`);
    } catch (error) {
      setStatus(`The library could not be exported: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalDialog label="Export library" className="library-dialog" onClose={onClose}>
      <h2 className="dialog-title">Export library</h2>
      <p className="dialog-message">
        Every source in the library, in a format Zotero and other reference managers read.
      </p>
      <div className="library-export-choices">
        {REFERENCE_FORMATS.map((choice) => (
          <button
            key={choice.format}
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void exportAs(choice)}
          >
            {choice.label} (.{choice.extension})
          </button>
        ))}
      </div>
      <p role="status" className="library-muted library-dialog-status">
        {status}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
