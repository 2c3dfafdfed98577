import { useState } from 'react';
import { call, errorMessage } from '../../api.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';

const FORMATS = [
  { format: 'bibtex', label: 'BibTeX', extension: 'bib', mediaType: 'application/x-bibtex' },
  { format: 'ris', label: 'RIS', extension: 'ris', mediaType: 'application/x-research-info-systems' },
  { format: 'csl-json', label: 'CSL-JSON', extension: 'json', mediaType: 'application/json' },
] as const;

/** Saves text as a file through the browser's download (a blob: URL the CSP allows for images and media). */
export function downloadText(text: string, fileName: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mediaType};charset=utf-8` }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Export library…": the whole library as BibTeX, RIS or CSL-JSON, for Zotero and other managers. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  async function exportAs(choice: (typeof FORMATS)[number]): Promise<void> {
    setBusy(true);
    setStatus(`Exporting as ${choice.label}…`);
    try {
      const { text } = await call('sources.exportReferences', { format: choice.format });
      downloadText(text, `casebook-library.${choice.extension}`, choice.mediaType);
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
        {FORMATS.map((choice) => (
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
