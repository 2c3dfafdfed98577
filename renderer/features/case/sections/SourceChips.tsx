import type { Citation, Source } from '../../../../shared/domain/case-document.ts';

export function SourceChips({ citations, sources }: { citations: readonly Citation[]; sources: readonly Source[] }) {
  if (citations.length === 0) return null;
  return (
    <span className="source-chips" aria-label="Sources">
      {citations.map((citation) => {
        const source = sources.find((candidate) => candidate.id === citation.sourceId);
        return (
          <span key={citation.sourceId} className="source-chip" title={citation.locator ?? undefined}>
            {source?.title ?? 'Missing source'}
            {citation.locator ? ` · ${citation.locator}` : ''}
          </span>
        );
      })}
    </span>
  );
}
