import type { Citation, Source } from '../../../../shared/domain/case-document.ts';
import '../../sources/sources.css';

/**
 * The sources an item cites, read-only: each title is cut with an ellipsis when long (the full title and
 * locator are in the text and the tooltip). For chips that add and remove citations, see
 * renderer/features/sources/CitationChips.tsx.
 */
export function SourceChips({ citations, sources }: { citations: readonly Citation[]; sources: readonly Source[] }) {
  if (citations.length === 0) return null;
  return (
    <ul className="citation-chips" aria-label="Sources">
      {citations.map((citation) => {
        const title = sources.find((candidate) => candidate.id === citation.sourceId)?.title ?? 'Missing source';
        const full = citation.locator ? `${title} · ${citation.locator}` : title;
        return (
          <li key={citation.sourceId} className="citation-chip">
            <span className="citation-chip-label citation-chip-label-only" title={full}>
              {title}
              {citation.locator && <span className="citation-chip-locator"> · {citation.locator}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
