import { useId, useMemo, useState } from 'react';
import type { VersionSummaryRow } from '../../../shared/contract/version-schemas.ts';
import { useQuery } from '../../api.ts';
import { hasChanges, narrativeDiff } from './narrative-diff.ts';
import {
  describeCountChanges,
  describeCounts,
  formatVersionTime,
  REASON_LABELS,
  SECTION_LABELS,
} from './version-labels.ts';

type Baseline = 'previous' | 'current';

/** One version: when and why it was kept, what changed, the narrative's text diff, and Restore. */
export function VersionDetail({
  version,
  busy,
  onRestore,
}: {
  readonly version: VersionSummaryRow;
  readonly busy: boolean;
  readonly onRestore: () => void;
}) {
  const detail = useQuery('versions.get', { id: version.id }, ['case_versions']);
  const [baseline, setBaseline] = useState<Baseline>('previous');
  const headingId = useId();
  const data = detail.data;
  const diff = useMemo(() => {
    if (data === undefined) return null;
    const versionText = data.document.narrative.text;
    // Against the previous version: what this version changed. Against now: what a restore would change.
    if (baseline === 'previous')
      return data.previousNarrativeText === null ? null : narrativeDiff(data.previousNarrativeText, versionText);
    return data.currentNarrativeText === null ? null : narrativeDiff(data.currentNarrativeText, versionText);
  }, [data, baseline]);
  const counts = describeCountChanges(version.countChanges);

  return (
    <section className="history-detail" aria-labelledby={headingId}>
      <h3 id={headingId} className="history-detail-title">
        {formatVersionTime(version.createdAt)} · {REASON_LABELS[version.reason]}
      </h3>
      <p className="history-detail-line">“{version.title}”</p>
      <p className="history-detail-line">
        {version.changedSections.length > 0
          ? `Changed since the version before: ${version.changedSections.map((section) => SECTION_LABELS[section]).join(', ')}.`
          : data?.previousNarrativeText === null
            ? 'The oldest version kept.'
            : 'No section changed since the version before.'}
        {counts !== '' && ` (${counts})`}
      </p>
      <p className="history-detail-line history-detail-counts">{describeCounts(version.counts)}</p>
      <fieldset className="history-baseline">
        <legend>Narrative compared with</legend>
        <label>
          <input
            type="radio"
            name={`${headingId}-baseline`}
            checked={baseline === 'previous'}
            onChange={() => setBaseline('previous')}
          />
          the version before
        </label>
        <label>
          <input
            type="radio"
            name={`${headingId}-baseline`}
            checked={baseline === 'current'}
            onChange={() => setBaseline('current')}
          />
          the case now
        </label>
      </fieldset>
      <div className="history-diff" aria-label="Narrative changes" role="region" tabIndex={0}>
        {detail.status === 'loading' && <p className="history-muted">Reading the version…</p>}
        {detail.status === 'error' && <p role="alert">This version could not be read: {detail.error.message}</p>}
        {data !== undefined && diff === null && <p className="history-muted">Nothing to compare with.</p>}
        {diff !== null && !hasChanges(diff) && <p className="history-muted">The narrative text is the same.</p>}
        {diff !== null && hasChanges(diff) && (
          <p className="history-diff-text">
            {diff.map((part, index) =>
              part.kind === 'added' ? (
                <ins key={index}>{part.text}</ins>
              ) : part.kind === 'removed' ? (
                <del key={index}>{part.text}</del>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-primary button-small" disabled={busy} onClick={onRestore}>
          Restore this version
        </button>
      </div>
    </section>
  );
}
