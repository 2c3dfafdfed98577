import { z } from 'zod';

/** Error codes every adapter (window, command line, test rig) shares. */
export const ERROR_CODES = [
  'invalid-request', // the request does not match the procedure's schema
  'too-large', // a text or file over its size limit
  'unknown-procedure',
  'forbidden-sender', // an IPC call from a frame that is not the app's own top frame
  'not-found',
  'conflict', // e.g. a slug or URL already taken, an item of another case
  'notebook-newer', // the notebook was written by a newer Casebook
  'notebook-corrupt',
  'notebook-locked',
  'notebook-missing',
  'internal',
  'cancelled', // the person cancelled the work (an import) before anything was written
  'notebook-readonly', // the notebook is open read-only (read-only media, or a copy opened for reading)
  'disk-full', // the disk has no room for the change; nothing was written
  'notebook-in-use', // another running Casebook has the notebook open for editing
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface CasebookErrorInfo {
  readonly code: ErrorCode;
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CasebookErrorInfo };

export const errorInfoSchema = z.object({ code: z.enum(ERROR_CODES), message: z.string() });

/** An error with a code and a message a person can act on. Thrown by services, turned into a Result by adapters. */
export class CasebookError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'CasebookError';
    this.code = code;
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/** Turns a zod error into one readable sentence naming the fields: "title: must not be empty; on: is not a date …". */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** Whether a zod error is about size, so callers can answer "too-large" rather than "invalid-request". */
export function isSizeError(error: z.ZodError): boolean {
  return error.issues.some((issue) => issue.code === 'too_big' || /longer than/.test(issue.message));
}
