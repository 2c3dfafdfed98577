import { isProcedureName, procedures, type ProcedureName } from '../../shared/contract/procedures.ts';
import { CasebookError, describeZodError, fail, isSizeError, ok, type Result } from '../../shared/contract/result.ts';
import {
  inReadTransaction,
  inWriteTransaction,
  isBusyError,
  isCorruptError,
  isFullError,
  isReadonlyError,
  type NotebookDb,
} from '../store/database.ts';
import { handlers, type Handler } from './handlers.ts';
import { createPreparers, PREPARED_PROCEDURES, type Preparers } from './preparers.ts';

export { handlers } from './handlers.ts';

/**
 * THE binding of the contract to the services, shared by the main process, the e2e rig and the CLI.
 * Checks the name, parses the request with the contract's schema, runs the handler (a write in ONE
 * transaction) and returns the Result envelope. Never throws; nothing is written when it returns ok:false.
 * A procedure with work to await first (a network fetch, a PDF read; see preparers.ts) is refused here:
 * use dispatchAsync.
 */
export function dispatch(db: NotebookDb, procedure: unknown, request: unknown): Result<unknown> {
  const call = parseCall(db, procedure, request);
  if (call.failure) return call.failure;
  if (PREPARED_PROCEDURES.has(call.procedure)) {
    return fail(
      'invalid-request',
      `${call.procedure} has work to finish before it writes (a page to fetch, a PDF to read), so it must be called through dispatchAsync.`,
    );
  }
  return runHandler(db, call.procedure, call.request, undefined);
}

/**
 * dispatch for every procedure: after the same checks, awaits the procedure's preparer (if it has one)
 * OUTSIDE any transaction, then runs the handler with what it prepared in one transaction, as dispatch
 * does. Never rejects; the failures are the same envelopes as dispatch's.
 */
export async function dispatchAsync(
  db: NotebookDb,
  procedure: unknown,
  request: unknown,
  preparers: Preparers = defaultPreparers,
): Promise<Result<unknown>> {
  const call = parseCall(db, procedure, request);
  if (call.failure) return call.failure;
  let prepared: unknown;
  const preparer = preparers[call.procedure] as ((db: NotebookDb, request: unknown) => Promise<unknown>) | undefined;
  if (preparer || PREPARED_PROCEDURES.has(call.procedure)) {
    if (!preparer) return fail('internal', `${call.procedure} has no preparer in this Casebook.`);
    try {
      prepared = await preparer(db, call.request);
    } catch (error) {
      return failureOf(error);
    }
    if (!db.open) {
      return fail('notebook-missing', 'The notebook was closed while Casebook was waiting; nothing was saved.');
    }
  }
  return runHandler(db, call.procedure, call.request, prepared);
}

const defaultPreparers = createPreparers();

type ParsedCall =
  | { readonly failure: null; readonly procedure: ProcedureName; readonly request: unknown }
  | { readonly failure: Result<never> };

const READONLY_MESSAGE = 'This notebook is open read-only; nothing was changed.';

function parseCall(db: NotebookDb, procedure: unknown, request: unknown): ParsedCall {
  if (!isProcedureName(procedure)) {
    return {
      failure: fail('unknown-procedure', `There is no procedure named ${JSON.stringify(String(procedure)).slice(0, 120)}.`),
    };
  }
  const parsed = procedures[procedure].request.safeParse(request ?? {});
  if (!parsed.success) {
    return { failure: fail(isSizeError(parsed.error) ? 'too-large' : 'invalid-request', describeZodError(parsed.error)) };
  }
  // Refused before any preparer runs: an article import, say, would otherwise write through its own connection.
  if (db.readonly && procedures[procedure].writes.length > 0) return { failure: fail('notebook-readonly', READONLY_MESSAGE) };
  return { failure: null, procedure, request: parsed.data };
}

function runHandler(db: NotebookDb, procedure: ProcedureName, request: unknown, prepared: unknown): Result<unknown> {
  try {
    const handler = handlers[procedure] as Handler<ProcedureName> as (
      db: NotebookDb,
      request: unknown,
      prepared: unknown,
    ) => unknown;
    const run = () => handler(db, request, prepared);
    const value = procedures[procedure].writes.length > 0 ? inWriteTransaction(db, run) : inReadTransaction(db, run);
    return ok(value);
  } catch (error) {
    return failureOf(error);
  }
}

function failureOf(error: unknown): Result<never> {
  if (error instanceof CasebookError) return fail(error.code, error.message);
  if (isBusyError(error))
    return fail('notebook-locked', 'The notebook is being written by another program; try again in a moment.');
  if (isReadonlyError(error)) return fail('notebook-readonly', READONLY_MESSAGE);
  if (isFullError(error)) {
    return fail(
      'disk-full',
      'The disk is full, so this change was not saved (it is still in the window). Free some space on the disk, then edit again to save it.',
    );
  }
  if (isCorruptError(error))
    return fail('notebook-corrupt', 'The notebook file is damaged; nothing was changed. Restore it from a backup.');
  const message = error instanceof Error ? error.message : String(error);
  return fail('internal', `Something went wrong inside Casebook: ${message}`);
}
