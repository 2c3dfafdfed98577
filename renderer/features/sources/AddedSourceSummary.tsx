/**
 * <AddedSourceSummary outcome onViewSnapshot? onAddAnother onDone>
 * What was just added to the library and what Casebook read from it (title, byline, site, published,
 * excerpt), any warnings, and how to use it in the case: "Open snapshot" (to quote a passage or cite it
 * in a row or event). A source shows in the case's Sources once something in the case cites it.
 */
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import type { Source } from '../../../shared/domain/case-document.ts';
import { formatPartialDate } from '../../../shared/domain/partial-date.ts';
import { SOURCE_KIND_LABELS } from './source-form.ts';

export type AddOutcome =
  | {
      readonly kind: 'source';
      readonly source: Source;
      readonly merged: boolean;
      readonly excerpt: string | null;
      readonly warnings: readonly string[];
      /** What happened, when it needs saying (offline capture, a failed capture). */
      readonly notice: string | null;
      readonly hasFile: boolean;
    }
  | {
      readonly kind: 'references';
      readonly sources: readonly { readonly id: string; readonly title: string }[];
      readonly merged: number;
      readonly warnings: readonly string[];
    };

export interface AddedSourceSummaryProps {
  readonly outcome: AddOutcome;
  readonly onViewSnapshot?: ((sourceId: string) => void) | undefined;
  readonly onAddAnother: () => void;
  readonly onDone: () => void;
}

function Row({ label, value, lang }: { label: string; value: string | null; lang?: string | null }) {
  if (value === null || value.trim() === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd lang={lang ?? undefined}>{value}</dd>
    </>
  );
}

function CiteHint() {
  return (
    <p className="field-hint">
      <strong>Cite in this case:</strong> open its snapshot to quote a passage or cite it in a row or event, or use “Add
      source” on a row, event, quote or fact, or “Insert citation” in the narrative. It is in your library now and shows
      under this case’s Sources once something cites it.
    </p>
  );
}

export function AddedSourceSummary({ outcome, onViewSnapshot, onAddAnother, onDone }: AddedSourceSummaryProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  if (outcome.kind === 'references') {
    const count = outcome.sources.length;
    return (
      <div className="added-source" role="region" aria-label="Imported references">
        <h3 ref={headingRef} tabIndex={-1} className="added-source-heading">
          {count === 1 ? 'Imported 1 reference' : `Imported ${count} references`}
          {outcome.merged > 0 && ` (${outcome.merged} already in your library, merged)`}
        </h3>
        <ul className="added-source-list">
          {outcome.sources.map((source) => (
            <li key={source.id}>{source.title}</li>
          ))}
        </ul>
        <Warnings warnings={outcome.warnings} />
        <CiteHint />
        <Actions onAddAnother={onAddAnother} onDone={onDone} />
      </div>
    );
  }

  const { source, merged, excerpt, warnings, notice } = outcome;
  const canView = source.snapshot !== null || outcome.hasFile;
  return (
    <div className="added-source" role="region" aria-label="Added source">
      <h3 ref={headingRef} tabIndex={-1} className="added-source-heading">
        {merged ? 'Already in your library: updated the existing source' : 'Added to your library'}
      </h3>
      {notice && (
        <p role="status" className="added-source-notice">
          {notice}
        </p>
      )}
      <dl className="added-source-fields" aria-label="What Casebook read from it">
        <Row label="Title" value={source.title} lang={source.language} />
        <Row label="Byline" value={source.authors.join(', ')} />
        <Row label="Site" value={source.publisher} />
        <Row label="Published" value={source.publishedOn ? formatPartialDate(source.publishedOn) : null} />
        <Row label="Kind" value={SOURCE_KIND_LABELS[source.kind]} />
        <Row label="Address" value={source.url} />
        <Row label="Excerpt" value={excerpt} lang={source.language} />
      </dl>
      <Warnings warnings={warnings} />
      <CiteHint />
      <Actions onAddAnother={onAddAnother} onDone={onDone}>
        {canView && onViewSnapshot && (
          <button type="button" className="button button-primary" onClick={() => onViewSnapshot(source.id)}>
            Open snapshot
          </button>
        )}
      </Actions>
    </div>
  );
}

function Warnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="added-source-warnings" aria-label="Warnings">
      {warnings.map((warning) => (
        <li key={warning}>{warning}</li>
      ))}
    </ul>
  );
}

function Actions({
  onAddAnother,
  onDone,
  children,
}: {
  onAddAnother: () => void;
  onDone: () => void;
  children?: ReactNode;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button" onClick={onAddAnother}>
        Add another
      </button>
      <span className="source-picker-spacer" />
      <button type="button" className="button" onClick={onDone}>
        Done
      </button>
      {children}
    </div>
  );
}
