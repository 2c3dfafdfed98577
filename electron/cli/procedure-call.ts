import type { ProcedureName, RequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { CasebookError } from '../../shared/contract/result.ts';
import type { NotebookDb } from '../store/database.ts';
import { dispatch } from '../services/dispatch.ts';

/**
 * Calls a contract procedure exactly as the window does (same validation, same handler, same
 * transaction) and returns its value, or throws the CasebookError it answered with.
 */
export function callProcedure<P extends ProcedureName>(db: NotebookDb, name: P, request: RequestOf<P>): ResponseOf<P> {
  const result = dispatch(db, name, request);
  if (!result.ok) throw new CasebookError(result.error.code, result.error.message);
  return result.value as ResponseOf<P>;
}
