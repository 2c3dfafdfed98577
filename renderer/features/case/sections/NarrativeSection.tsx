import type { Narrative } from '../../../../shared/domain/case-document.ts';
import { NarrativeEditor } from '../../../editor/NarrativeEditor.tsx';
import { recentNarrative } from '../../../editor/narrative-memory.ts';

/** The case's narrative: the rich-text editor with its toolbar and word count. */
export function NarrativeSection({ caseId, narrative }: { caseId: string; narrative: Narrative }) {
  const initialState = (recentNarrative(caseId) as Record<string, unknown> | null) ?? narrative.lexical;
  return (
    <NarrativeEditor
      key={caseId}
      caseId={caseId}
      initialState={initialState}
      placeholder={
        <>
          <strong>Tell the story of the case.</strong> Start typing, or use Markdown: “# ” for a heading, “- ” for a
          list, “&gt; ” for a quote. Ctrl+K adds a link, Ctrl+Shift+C a citation.
        </>
      }
    />
  );
}
