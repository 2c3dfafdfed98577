import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { touchCase } from '../store/cases.ts';
import type { NotebookDb } from '../store/database.ts';
import { nowTimestamp } from '../store/ids.ts';
import { putNarrative, setNarrativeCitations } from '../store/narratives.ts';
import { requireLiveCase } from './guards.ts';
import { lexicalCitations } from './lexical-citations.ts';

/** Saves the narrative's Lexical state and plain text, and re-indexes its citation nodes. */
export function saveNarrative(
  db: NotebookDb,
  request: ParsedRequestOf<'narrative.save'>,
): ResponseOf<'narrative.save'> {
  requireLiveCase(db, request.caseId);
  const savedAt = nowTimestamp();
  putNarrative(db, request.caseId, request.narrative, savedAt);
  setNarrativeCitations(db, request.caseId, lexicalCitations(request.narrative.lexical));
  touchCase(db, request.caseId, savedAt);
  return { savedAt };
}
