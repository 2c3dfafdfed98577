import type { ErrorCode } from '../../shared/contract/result.ts';
import { EXIT_BAD_INPUT, EXIT_NOTEBOOK, EXIT_USAGE, type ExitCode } from './exit-codes.ts';

/** A failure the command line reports as one line on stderr, with its exit code. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  constructor(exitCode: ExitCode, message: string) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

export function usageError(message: string): CliError {
  return new CliError(EXIT_USAGE, message);
}

export function badInput(message: string): CliError {
  return new CliError(EXIT_BAD_INPUT, message);
}

/**
 * Exit code per CasebookError code. A request the notebook refuses (bad value, too large, no such case, a
 * taken slug) is bad input; anything about the notebook file itself is a notebook problem. 'internal' is a
 * bug, reported as exit 1 like any failed command (the specification has no code for bugs). A Record, so
 * the type checker insists on every code the contract defines, without loading the contract (and zod)
 * for `--help`.
 */
const EXIT_CODE_BY_ERROR_CODE: Readonly<Record<ErrorCode, ExitCode>> = {
  'notebook-missing': EXIT_NOTEBOOK,
  'notebook-newer': EXIT_NOTEBOOK,
  'notebook-corrupt': EXIT_NOTEBOOK,
  'notebook-locked': EXIT_NOTEBOOK,
  'unknown-procedure': EXIT_USAGE,
  'invalid-request': EXIT_BAD_INPUT,
  'too-large': EXIT_BAD_INPUT,
  'not-found': EXIT_BAD_INPUT,
  conflict: EXIT_BAD_INPUT,
  'forbidden-sender': EXIT_BAD_INPUT,
  internal: EXIT_BAD_INPUT,
  cancelled: EXIT_BAD_INPUT,
  'notebook-readonly': EXIT_NOTEBOOK,
  'disk-full': EXIT_NOTEBOOK,
  'notebook-in-use': EXIT_NOTEBOOK,
};

export function exitCodeForErrorCode(code: ErrorCode): ExitCode {
  return EXIT_CODE_BY_ERROR_CODE[code];
}

/** SQLite result codes that mean the notebook file itself is the problem, should one escape the store unmapped. */
const NOTEBOOK_SQLITE_CODES = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_READONLY', 'SQLITE_CANTOPEN']);

interface ErrorReport {
  readonly exitCode: ExitCode;
  readonly message: string;
}

/** Turns anything thrown while running a command into one line and an exit code; never a stack trace. */
export function describeFailure(error: unknown): ErrorReport {
  if (error instanceof CliError) return { exitCode: error.exitCode, message: error.message };
  if (isCodedError(error)) {
    if (isErrorCode(error.code)) return { exitCode: exitCodeForErrorCode(error.code), message: oneLine(error.message) };
    if (error.code.startsWith('SQLITE_BUSY')) {
      return { exitCode: EXIT_NOTEBOOK, message: 'the notebook is locked by another program that is writing to it; try again when it is done' };
    }
    if (NOTEBOOK_SQLITE_CODES.has(error.code)) return { exitCode: EXIT_NOTEBOOK, message: `the notebook cannot be used: ${oneLine(error.message)}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: EXIT_BAD_INPUT, message: `internal error: ${oneLine(message)}` };
}

function isCodedError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}

function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(EXIT_CODE_BY_ERROR_CODE, code);
}

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
