import type { Narrative } from '../../../../shared/domain/case-document.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';

/** The narrative's plain text, read-only until the editor arrives. */
export function NarrativeSection({ narrative }: { narrative: Narrative }) {
  const paragraphs = narrative.text.split(/\n{1,}/).filter((paragraph) => paragraph.trim() !== '');
  if (paragraphs.length === 0)
    return <EmptyState title="No narrative yet.">The narrative editor arrives with the case editor.</EmptyState>;
  return (
    <div className="narrative-text" aria-label="Narrative text">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
