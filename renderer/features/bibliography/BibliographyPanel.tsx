/**
 * <BibliographyPanel caseId caseTitle citedCount>
 * The case's cited sources formatted in a bundled CSL style ("Citation style": APA 7, Chicago
 * (author-date), Harvard), with "Copy" (plain text), "Copy as rich text" (HTML and plain text) and
 * "Export sources" as BibTeX, RIS or CSL-JSON (a download). An empty state when the case cites nothing.
 */
import { useId, useState } from 'react';
import type { RequestOf } from '../../../shared/contract/procedures.ts';
import { CASE_CONTENT_TABLES } from '../../../shared/contract/tables.ts';
import { call, errorMessage, useQuery } from '../../api.ts';
import { useToast } from '../../ui/toasts.tsx';
import { bibliographyClipboardHtml, safeBibliographyHtml } from './bibliography-html.ts';
import { downloadText } from '../../download.ts';
import { REFERENCE_FORMATS, referencesFileName, type ReferenceFormat } from './reference-files.ts';
import './bibliography.css';

type Style = RequestOf<'bibliography.format'>['style'];
export const CITATION_STYLES: readonly { readonly style: Style; readonly label: string }[] = [
  { style: 'apa', label: 'APA 7' },
  { style: 'chicago-author-date', label: 'Chicago (author-date)' },
  { style: 'harvard', label: 'Harvard' },
];

export interface BibliographyPanelProps {
  readonly caseId: string;
  readonly caseTitle: string;
  readonly citedCount: number;
}

export function BibliographyPanel({ caseId, caseTitle, citedCount }: BibliographyPanelProps) {
  const id = useId();
  const [style, setStyle] = useState<Style>('apa');
  const [exportFormat, setExportFormat] = useState<ReferenceFormat>('bibtex');
  const [exporting, setExporting] = useState(false);
  const toast = useToast();
  const request = citedCount > 0 ? { caseId, style } : null;
  const text = useQuery('bibliography.format', request && { ...request, output: 'text' }, CASE_CONTENT_TABLES);
  const html = useQuery('bibliography.format', request && { ...request, output: 'html' }, CASE_CONTENT_TABLES);
  const styleLabel = CITATION_STYLES.find((entry) => entry.style === style)?.label ?? style;

  async function copyText(): Promise<void> {
    if (!text.data) return;
    try {
      await navigator.clipboard.writeText(text.data.text);
      toast({ message: `Copied the bibliography (${styleLabel}) as text.` });
    } catch (error) {
      toast({ message: `The bibliography could not be copied: ${errorMessage(error)}`, tone: 'error' });
    }
  }

  async function copyRich(): Promise<void> {
    if (!text.data || !html.data) return;
    try {
      const item = new ClipboardItem({
        'text/html': new Blob([bibliographyClipboardHtml(html.data.entries)], { type: 'text/html' }),
        'text/plain': new Blob([text.data.text], { type: 'text/plain' }),
      });
      await navigator.clipboard.write([item]);
      toast({ message: `Copied the bibliography (${styleLabel}) as rich text.` });
    } catch (error) {
      toast({ message: `The bibliography could not be copied: ${errorMessage(error)}`, tone: 'error' });
    }
  }

  async function exportSources(): Promise<void> {
    const format = REFERENCE_FORMATS.find((entry) => entry.format === exportFormat) ?? REFERENCE_FORMATS[0];
    setExporting(true);
    try {
      const { text: file } = await call('sources.exportReferences', { caseId, format: format.format });
      const fileName = referencesFileName(caseTitle, format.extension);
      downloadText(fileName, file, format.mediaType);
      toast({
        message: `Saved ${citedCount === 1 ? 'the source' : `${citedCount} sources`} as ${format.label} (${fileName}).`,
      });
    } catch (error) {
      toast({ message: `The sources could not be exported: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setExporting(false);
    }
  }

  const headingId = `${id}-heading`;
  if (citedCount === 0)
    return (
      <section className="bibliography" aria-labelledby={headingId}>
        <h3 id={headingId} className="bibliography-heading">
          Bibliography
        </h3>
        <p className="bibliography-empty">
          No bibliography yet: this case cites no source. Cite a source from a row, event, quote, fact or the narrative
          and it is listed here in APA, Chicago or Harvard style.
        </p>
      </section>
    );

  const failure = text.error ?? html.error;
  const entries = html.data?.entries ?? [];
  return (
    <section className="bibliography" aria-labelledby={headingId}>
      <div className="bibliography-toolbar" data-readonly-ok>
        <h3 id={headingId} className="bibliography-heading">
          Bibliography
        </h3>
        <label htmlFor={`${id}-style`} className="bibliography-label">
          Citation style
        </label>
        <select
          id={`${id}-style`}
          className="select"
          value={style}
          onChange={(event) => setStyle(event.target.value as Style)}
        >
          {CITATION_STYLES.map((entry) => (
            <option key={entry.style} value={entry.style}>
              {entry.label}
            </option>
          ))}
        </select>
        <span className="bibliography-spacer" />
        <button type="button" className="button" disabled={!text.data} onClick={() => void copyText()}>
          Copy
        </button>
        <button type="button" className="button" disabled={!text.data || !html.data} onClick={() => void copyRich()}>
          Copy as rich text
        </button>
      </div>
      {failure && (
        <p role="alert" className="field-error">
          The bibliography could not be formatted: {failure.message}
        </p>
      )}
      {!failure && html.status === 'loading' && entries.length === 0 && (
        <p className="field-hint" role="status">
          Formatting…
        </p>
      )}
      {entries.length > 0 && (
        <ol
          className="bibliography-entries"
          aria-label={`Bibliography, ${styleLabel}`}
          aria-busy={html.status === 'loading' || undefined}
        >
          {entries.map((entry, index) => (
            // The entry is the service's HTML (only <i>, <b>, <span>), sanitized again before it is shown.
            <li
              key={index}
              className="bibliography-entry"
              dangerouslySetInnerHTML={{ __html: safeBibliographyHtml(entry) }}
            />
          ))}
        </ol>
      )}
      <div className="bibliography-export" data-readonly-ok>
        <label htmlFor={`${id}-export`} className="bibliography-label">
          Export format
        </label>
        <select
          id={`${id}-export`}
          className="select"
          value={exportFormat}
          onChange={(event) => setExportFormat(event.target.value as ReferenceFormat)}
        >
          {REFERENCE_FORMATS.map((entry) => (
            <option key={entry.format} value={entry.format}>
              {entry.label}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={exporting} onClick={() => void exportSources()}>
          {exporting ? 'Exporting…' : 'Export sources'}
        </button>
        <span className="field-hint">For Zotero and other reference managers.</span>
      </div>
    </section>
  );
}
