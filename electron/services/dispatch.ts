import { isProcedureName, procedures, type ProcedureName } from '../../shared/contract/procedures.ts';
import { CasebookError, describeZodError, fail, isSizeError, ok, type Result } from '../../shared/contract/result.ts';
import {
  inReadTransaction,
  inWriteTransaction,
  isBusyError,
  isCorruptError,
  isReadonlyError,
  type NotebookDb,
} from '../store/database.ts';
import { handlers, type Handler } from './handlers.ts';

export { handlers } from './handlers.ts';

/**
 * THE binding of the contract to the services, shared by the main process, the e2e rig and the CLI.
 * Checks the name, parses the request with the contract's schema, runs the handler (a write in ONE
 * transaction) and returns the Result envelope. Never throws; nothing is written when it returns ok:false.
 */
export function dispatch(db: NotebookDb, procedure: unknown, request: unknown): Result<unknown> {
  if (!isProcedureName(procedure)) {
    return fail('unknown-procedure', `There is no procedure named ${JSON.stringify(String(procedure)).slice(0, 120)}.`);
  }
  const spec = procedures[procedure];
  const parsed = spec.request.safeParse(request ?? {});
  if (!parsed.success) {
    return fail(isSizeError(parsed.error) ? 'too-large' : 'invalid-request', describeZodError(parsed.error));
  }
  try {
    const handler = handlers[procedure] as Handler<ProcedureName> as (db: NotebookDb, request: unknown) => unknown;
    const run = () => handler(db, parsed.data);
    const value = spec.writes.length > 0 ? inWriteTransaction(db, run) : inReadTransaction(db, run);
    return ok(value);
  } catch (error) {
    return failureOf(error);
  }
}

function failureOf(error: unknown): Result<never> {
  if (error instanceof CasebookError) return fail(error.code, error.message);
  if (isBusyError(error))
    return fail('notebook-locked', 'The notebook is being written by another program; try again in a moment.');
  if (isReadonlyError(error)) return fail('notebook-locked', 'This notebook is open read-only; nothing was changed.');
  if (isCorruptError(error))
    return fail('notebook-corrupt', 'The notebook file is damaged; nothing was changed. Restore it from a backup.');
  const message = error instanceof Error ? error.message : String(error);
  return fail('internal', `Something went wrong inside Casebook: ${message}`);
}
