import { expect } from 'vitest';
import { isProcedureName, procedures } from '../../shared/contract/procedures.ts';
import { ERROR_CODES, type Result } from '../../shared/contract/result.ts';
import type { NotebookDb } from '../../electron/store/database.ts';
import { dispatchAsync } from '../../electron/services/dispatch.ts';
import { createPreparers } from '../../electron/services/preparers.ts';
import { notebookFingerprint } from './notebook-fingerprint.ts';

/** No fuzzed call may reach the network: a capture sees the machine as offline. */
const offline: typeof fetch = () => Promise.reject(new TypeError('fetch failed: the fuzz tests run offline'));
export const OFFLINE_PREPARERS = createPreparers({ fetch: offline, timeoutMs: 2_000 });

/** How dispatch words an exception that is not a CasebookError (electron/services/dispatch.ts, failureOf). */
const CRASH_MESSAGE = 'Something went wrong inside Casebook';

/** A generous bound: a call that takes longer than this on fuzzed input counts as a hang. */
export const CALL_TIME_LIMIT_MS = 10_000;
/** The first call of a procedure in a process also loads its libraries (CSL styles, jsdom, docx). */
export const FIRST_CALL_TIME_LIMIT_MS = 60_000;

/**
 * Calls a procedure as the window would and checks the promise every way in makes: an answer in bounded time,
 * either a value that passes the response schema or a coded error with a message, never an 'internal' error
 * (an exception no service meant to throw, caught at the boundary), and nothing written unless the call succeeded as a write.
 */
export async function checkedCall(
  db: NotebookDb,
  procedure: unknown,
  request: unknown,
  timeLimitMs: number = CALL_TIME_LIMIT_MS,
): Promise<Result<unknown>> {
  const before = notebookFingerprint(db);
  const started = performance.now();
  const result = await dispatchAsync(db, procedure, request, OFFLINE_PREPARERS);
  const ms = performance.now() - started;
  const label = `${String(procedure)} ${preview(request)}`;
  expect(ms, `${label} took ${Math.round(ms)} ms`).toBeLessThan(timeLimitMs);
  const writes = isProcedureName(procedure) && procedures[procedure].writes.length > 0;
  if (result.ok) {
    if (!isProcedureName(procedure)) throw new Error(`${label} succeeded though no such procedure exists`);
    const parsed = procedures[procedure].response.safeParse(result.value);
    expect(
      parsed.success,
      `${label} answered outside its response schema: ${parsed.error?.message.slice(0, 500)}`,
    ).toBe(true);
    if (!writes) expect(notebookFingerprint(db), `${label} is a read but changed the notebook`).toBe(before);
  } else {
    expect(ERROR_CODES, label).toContain(result.error.code);
    // An exception no service meant to throw reaches the window as this 'internal' message: a crash.
    const crashed = result.error.code === 'internal' && result.error.message.startsWith(CRASH_MESSAGE);
    expect(crashed, `${label} crashed inside: ${result.error.message.slice(0, 500)}`).toBe(false);
    expect(result.error.message.trim().length, `${label} gave no message`).toBeGreaterThan(5);
    expect(notebookFingerprint(db), `${label} failed with ${result.error.code} but changed the notebook`).toBe(before);
  }
  return result;
}

function preview(request: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(request) ?? String(request);
  } catch {
    text = String(request);
  }
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
