import type { Citation } from '../../../shared/domain/case-document.ts';
import { CitationChips } from '../sources/CitationChips.tsx';
import type { CitationTarget } from '../sources/CitationChips.tsx';
import { MissingNote } from './MissingNote.tsx';

export interface ItemCitationsProps {
  readonly caseId: string;
  readonly kind: CitationTarget['kind'];
  /** The item's form: its id once written, and what it still needs until then. */
  readonly form: { readonly id: string | null; readonly missing: string | null };
  readonly citations: readonly Citation[];
  readonly sources: readonly { readonly id: string; readonly title: string }[];
  /** How the chips name the item: "the fact “…”". */
  readonly itemLabel: string;
}

/** The sources an item cites, once it is written; until then, what it still needs to be written. */
export function ItemCitations({ caseId, kind, form, citations, sources, itemLabel }: ItemCitationsProps) {
  if (form.id === null) return <MissingNote text={form.missing} />;
  return (
    <CitationChips
      caseId={caseId}
      target={{ kind, id: form.id }}
      citations={citations}
      sources={sources}
      itemLabel={itemLabel}
    />
  );
}
