import { useState } from 'react';
import type { SourceSummary } from '../../../shared/contract/procedures.ts';
import { formatPartialDate } from '../../../shared/domain/partial-date.ts';
import { errorMessage, mutate, useQuery } from '../../api.ts';
import { useToast } from '../../ui/toasts.tsx';
import type { AppEventDetails } from '../../app-events.ts';
import { captureMessage } from './add-messages.ts';
import { CitedBy } from './CitedBy.tsx';
import { SourceFieldsForm } from './SourceFieldsForm.tsx';
import { SourceFilePreview } from './SourceFilePreview.tsx';
import { useDeleteSource } from './use-delete-source.ts';

export interface SourceDetailProps {
  readonly sourceId: string;
  /** The list's row for it, when loaded: says whether it was made from a file. */
  readonly summary: SourceSummary | undefined;
  readonly onOpenCase: (item: AppEventDetails['casebook:open-item']) => void;
  readonly onViewSnapshot: ((sourceId: string) => void) | null;
  readonly onDeleted: () => void;
}

function capturedAt(timestamp: string): string {
  return formatPartialDate(timestamp.slice(0, 10));
}

/** The selected source: its metadata and grading (saved as edited), where it is cited, and its actions. */
export function SourceDetail({ sourceId, summary, onOpenCase, onViewSnapshot, onDeleted }: SourceDetailProps) {
  const query = useQuery('sources.get', { id: sourceId }, ['sources']);
  const toast = useToast();
  const deleteSource = useDeleteSource();
  const [capturing, setCapturing] = useState(false);
  const [captureOutcome, setCaptureOutcome] = useState<string | null>(null);

  if (query.status === 'error')
    return (
      <div className="library-detail">
        <p role="alert" className="library-muted">
          This source could not be read: {query.error.message}
        </p>
      </div>
    );
  const source = query.data;
  if (!source) return <div className="library-detail" aria-busy="true" />;

  async function captureAgain(): Promise<void> {
    setCapturing(true);
    setCaptureOutcome(null);
    try {
      const result = await mutate('sources.captureUrl', { sourceId });
      const { message, tone } = captureMessage(result, true);
      setCaptureOutcome(message);
      if (tone === 'error') toast({ message, tone });
    } catch (error) {
      const message = `The page could not be captured: ${errorMessage(error)}`;
      setCaptureOutcome(message);
      toast({ message, tone: 'error' });
    } finally {
      setCapturing(false);
    }
  }

  const hasFile = summary === undefined || summary.file !== null;
  return (
    <div className="library-detail" aria-label={`Source: ${source.title}`} role="region">
      <div className="library-detail-head">
        <h2 className="library-detail-title">{source.title}</h2>
        <p className="library-muted">
          {source.snapshot
            ? `Snapshot captured ${capturedAt(source.snapshot.capturedAt)}`
            : source.url
              ? 'No snapshot yet'
              : 'No snapshot and no URL'}
        </p>
        <div className="library-actions">
          {onViewSnapshot && source.snapshot && (
            <button type="button" className="button button-small" onClick={() => onViewSnapshot(sourceId)}>
              View snapshot
            </button>
          )}
          {source.url && (
            <button
              type="button"
              className="button button-small"
              disabled={capturing}
              onClick={() => void captureAgain()}
            >
              {capturing ? 'Capturing…' : 'Capture again'}
            </button>
          )}
          <button
            type="button"
            className="button button-small button-danger-text"
            onClick={() => void deleteSource(source).then((deleted) => deleted && onDeleted())}
          >
            Delete source
          </button>
        </div>
        <p role="status" className="library-muted library-capture-status">
          {capturing ? 'Capturing…' : captureOutcome}
        </p>
      </div>
      {hasFile && <FileIfAny sourceId={sourceId} known={summary !== undefined} />}
      <SourceFieldsForm key={sourceId} source={source} />
      <CitedBy sourceId={sourceId} onOpenCase={onOpenCase} />
    </div>
  );
}

/** Shows the file when the source has one; when it is not known (not in the loaded list), only if found. */
function FileIfAny({ sourceId, known }: { sourceId: string; known: boolean }) {
  const probe = useQuery('sources.getFile', known ? null : { sourceId }, ['sources']);
  if (!known && probe.status !== 'ready') return null;
  return <SourceFilePreview sourceId={sourceId} />;
}
