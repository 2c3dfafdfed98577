import { createContext, useContext } from 'react';
import type { CaseDocument } from '../../../shared/domain/case-document.ts';
import { useQuery } from '../../api.ts';

/** The open case's document, given by the case page so every row can name the claims it conflicts with. */
export const CaseDocumentContext = createContext<CaseDocument | null>(null);

/** The case document from the case page, or read here when a row is shown outside one. */
export function useCaseDocument(caseId: string): CaseDocument | null {
  const given = useContext(CaseDocumentContext);
  const fetched = useQuery('cases.get', given && given.case.id === caseId ? null : { id: caseId }, [
    'issue_rows',
    'events',
    'quotes',
    'facts',
    'conflicts',
    'citations',
    'sources',
  ]);
  return given && given.case.id === caseId ? given : (fetched.data ?? null);
}
