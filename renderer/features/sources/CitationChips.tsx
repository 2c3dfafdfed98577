/**
 * <CitationChips caseId target citations sources itemLabel tabIndex? readOnly?>
 * - target: { kind: 'issueRow' | 'event' | 'quote' | 'fact', id } — the item whose sources these are.
 * - citations: the item's citations as stored; sources: the case's sources (for titles).
 * - itemLabel: how a person names the item ("row 2"): the list is "Sources of row 2".
 * - tabIndex: for controls inside a roving-focus widget (e.g. -1 in a grid row that is not active).
 * Each chip shows the source's title (cut with an ellipsis; the full title is in its text and tooltip)
 * and its locator, with a "Remove citation <title>" button. "Add source" opens the source picker and
 * cites the chosen source (citations.add). Both are recorded for undo.
 */
import { useState } from 'react';
import type { CITING_KINDS } from '../../../shared/contract/procedures.ts';
import type { Citation } from '../../../shared/domain/case-document.ts';
import { errorMessage, mutate } from '../../api.ts';
import { recordEdit } from '../../edit-history.ts';
import { useToast } from '../../ui/toasts.tsx';
import { SourcePickerDialog } from './SourcePickerDialog.tsx';
import type { SourcePick } from './SourcePickerDialog.tsx';
import './sources.css';

export interface CitationTarget {
  readonly kind: (typeof CITING_KINDS)[number];
  readonly id: string;
}

export interface CitationChipsProps {
  readonly caseId: string;
  readonly target: CitationTarget;
  readonly citations: readonly Citation[];
  readonly sources: readonly { readonly id: string; readonly title: string }[];
  readonly itemLabel: string;
  readonly tabIndex?: number;
  readonly readOnly?: boolean;
}

/** Citations changed here that the stored item does not show yet: a citation, or null for removed. */
type Pending = ReadonlyMap<string, Citation | null>;

function sameCitation(a: Citation | undefined, b: Citation | null): boolean {
  return b === null ? a === undefined : a !== undefined && a.locator === b.locator;
}

export function CitationChips({
  caseId,
  target,
  citations,
  sources,
  itemLabel,
  tabIndex,
  readOnly = false,
}: CitationChipsProps) {
  const [picking, setPicking] = useState(false);
  const [pending, setPending] = useState<Pending>(new Map());
  const [pickedTitles, setPickedTitles] = useState<ReadonlyMap<string, string>>(new Map());
  const toast = useToast();

  // Forget pending changes the stored citations now show.
  const [seen, setSeen] = useState(citations);
  if (seen !== citations) {
    setSeen(citations);
    if (pending.size > 0) {
      const next = new Map(pending);
      for (const [sourceId, wanted] of pending)
        if (
          sameCitation(
            citations.find((citation) => citation.sourceId === sourceId),
            wanted,
          )
        )
          next.delete(sourceId);
      setPending(next);
    }
  }

  const shown: Citation[] = citations
    .filter((citation) => pending.get(citation.sourceId) !== null)
    .map((citation) => pending.get(citation.sourceId) ?? citation);
  for (const [sourceId, wanted] of pending)
    if (wanted && !citations.some((citation) => citation.sourceId === sourceId)) shown.push(wanted);

  function titleOf(sourceId: string): string {
    return sources.find((source) => source.id === sourceId)?.title ?? pickedTitles.get(sourceId) ?? 'Missing source';
  }

  function anticipate(sourceId: string, wanted: Citation | null): void {
    setPending((current) => new Map(current).set(sourceId, wanted));
  }
  function forget(sourceId: string): void {
    setPending((current) => {
      const next = new Map(current);
      next.delete(sourceId);
      return next;
    });
  }

  async function cite(citation: Citation): Promise<void> {
    await mutate('citations.add', { target: { kind: target.kind, id: target.id }, citation });
  }
  async function uncite(sourceId: string): Promise<void> {
    await mutate('citations.remove', { target: { kind: target.kind, id: target.id }, sourceId });
  }

  async function add({ sourceId, locator, source }: SourcePick): Promise<void> {
    setPicking(false);
    setPickedTitles((current) => new Map(current).set(sourceId, source.title));
    const before = shown.find((citation) => citation.sourceId === sourceId) ?? null;
    const citation: Citation = { sourceId, locator };
    anticipate(sourceId, citation);
    try {
      await cite(citation);
      recordEdit({
        label: 'Cite source',
        caseId,
        undo: () => (before ? cite(before) : uncite(sourceId)),
        redo: () => cite(citation),
      });
    } catch (error) {
      forget(sourceId);
      toast({ message: `The source could not be cited: ${errorMessage(error)}`, tone: 'error' });
    }
  }

  async function remove(citation: Citation): Promise<void> {
    anticipate(citation.sourceId, null);
    try {
      await uncite(citation.sourceId);
      recordEdit({
        label: 'Remove citation',
        caseId,
        undo: () => cite(citation),
        redo: () => uncite(citation.sourceId),
      });
    } catch (error) {
      forget(citation.sourceId);
      toast({ message: `The citation could not be removed: ${errorMessage(error)}`, tone: 'error' });
    }
  }

  return (
    <div className="citation-chips-field">
      <ul className="citation-chips" aria-label={`Sources of ${itemLabel}`}>
        {shown.map((citation) => {
          const title = titleOf(citation.sourceId);
          const full = citation.locator ? `${title} · ${citation.locator}` : title;
          return (
            <li key={citation.sourceId} className="citation-chip">
              <span className="citation-chip-label" title={full}>
                {title}
                {citation.locator && <span className="citation-chip-locator"> · {citation.locator}</span>}
              </span>
              {!readOnly && (
                <button
                  type="button"
                  className="icon-button citation-chip-remove"
                  aria-label={`Remove citation ${title}`}
                  tabIndex={tabIndex}
                  onClick={() => void remove(citation)}
                >
                  ×
                </button>
              )}
            </li>
          );
        })}
        {!readOnly && (
          <li>
            <button
              type="button"
              className="button button-quiet citation-chips-add"
              tabIndex={tabIndex}
              onClick={() => setPicking(true)}
            >
              Add source
            </button>
          </li>
        )}
      </ul>
      {picking && (
        <SourcePickerDialog
          caseId={caseId}
          confirmLabel="Cite"
          onClose={() => setPicking(false)}
          onPick={(pick) => void add(pick)}
        />
      )}
    </div>
  );
}
