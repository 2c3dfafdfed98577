import { useId, useState } from 'react';
import { bridge, call, errorMessage } from '../../api.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { useToast } from '../../ui/toasts.tsx';
import { caseFileName, downloadBase64, downloadText } from '../../download.ts';
import {
  ALL_SECTIONS,
  FORMAT_CHOICES,
  SECTION_LABELS,
  STYLE_CHOICES,
  type CaseFileFormat,
  type CitationStyle,
  type ExportSection,
} from './export-choices.ts';
import './export.css';

/** "Export case": a case file in the chosen format, sections and citation style, saved as a download. */
export function ExportCaseDialog({
  caseId,
  caseTitle,
  onClose,
}: {
  readonly caseId: string;
  readonly caseTitle: string;
  readonly onClose: () => void;
}) {
  const toast = useToast();
  const [format, setFormat] = useState<CaseFileFormat>('html');
  const [style, setStyle] = useState<CitationStyle>('apa');
  const [sections, setSections] = useState<ReadonlySet<ExportSection>>(new Set(ALL_SECTIONS));
  const [redact, setRedact] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const hintId = useId();
  const bundle = format === 'json';

  async function exportCase(): Promise<void> {
    if (!bundle && sections.size === 0) {
      setProblem('Choose at least one section.');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      if (format === 'pdf') {
        const chosen = ALL_SECTIONS.filter((section) => sections.has(section));
        const result = await bridge().savePdf({ caseId, style, redact, sections: chosen });
        if (!result.ok) throw new Error(result.error.message);
        if (!result.value.saved) return; // the person cancelled the save dialog: the export dialog stays
        toast({ message: `Saved “${caseTitle}” as a PDF at ${result.value.path}.` });
        onClose();
        return;
      }
      if (bundle) {
        const document = await call('bundles.exportCase', { id: caseId });
        downloadText(caseFileName(caseTitle, 'casebook.json'), JSON.stringify(document, null, 2), 'application/json');
      } else {
        const file = await call('cases.export', {
          id: caseId,
          format,
          style,
          sections: ALL_SECTIONS.filter((section) => sections.has(section)),
          redact,
        });
        if (file.base64 !== undefined) downloadBase64(file.fileName, file.base64, file.mediaType);
        else downloadText(file.fileName, file.text, file.mediaType);
      }
      toast({ message: `Exported “${caseTitle}”.` });
      onClose();
    } catch (error) {
      setProblem(`The case could not be exported: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  function toggle(section: ExportSection, on: boolean): void {
    setSections((current) => {
      const next = new Set(current);
      if (on) next.add(section);
      else next.delete(section);
      return next;
    });
  }

  return (
    <ModalDialog label="Export case" onClose={onClose}>
      <form
        className="export-case"
        onSubmit={(event) => {
          event.preventDefault();
          void exportCase();
        }}
      >
        <h2 className="dialog-title">Export case</h2>
        <div className="field">
          <label htmlFor={`${hintId}-format`}>Format</label>
          <select
            id={`${hintId}-format`}
            className="select"
            value={format}
            aria-describedby={hintId}
            onChange={(event) => setFormat(event.target.value as CaseFileFormat)}
          >
            {FORMAT_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
          <span id={hintId} className="field-hint">
            {FORMAT_CHOICES.find((choice) => choice.value === format)?.hint}
          </span>
        </div>
        {!bundle && (
          <>
            <div className="field">
              <label htmlFor={`${hintId}-style`}>Citation style</label>
              <select
                id={`${hintId}-style`}
                className="select"
                value={style}
                onChange={(event) => setStyle(event.target.value as CitationStyle)}
              >
                {STYLE_CHOICES.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="export-sections">
              <legend>Sections</legend>
              {ALL_SECTIONS.map((section) => (
                <label key={section} className="checkbox">
                  <input
                    type="checkbox"
                    checked={sections.has(section)}
                    onChange={(event) => toggle(section, event.target.checked)}
                  />
                  {SECTION_LABELS[section]}
                </label>
              ))}
            </fieldset>
            <label className="checkbox">
              <input type="checkbox" checked={redact} onChange={(event) => setRedact(event.target.checked)} />
              Hide the names of private individuals
            </label>
          </>
        )}
        {problem && (
          <p role="alert" className="field-error">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
