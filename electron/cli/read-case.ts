import type { CaseDocument } from '../../shared/domain/case-document.ts';
import type { NotebookDb } from '../store/database.ts';
import { badInput } from './errors.ts';
import { callProcedure } from './procedure-call.ts';

/** A case by id or slug, as its casebook.case/v1 document; a name that matches no case is bad input (exit 1). */
export function readCase(db: NotebookDb, idOrSlug: string): CaseDocument {
  try {
    return callProcedure(db, 'cases.get', { id: idOrSlug });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'not-found') throw badInput(`no case with id or slug '${idOrSlug}'`);
    throw error;
  }
}
