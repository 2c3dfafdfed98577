import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { ProcedureName, RequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import type { Result } from '../../shared/contract/result.ts';
import type { NotebookDb } from '../../electron/store/database.ts';
import { openNotebook, type OpenNotebook, type OpenNotebookOptions } from '../../electron/store/notebook.ts';
import { dispatch } from '../../electron/services/dispatch.ts';

/** A fresh folder under the system temp folder, removed when the current test ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TempNotebook extends OpenNotebook {
  readonly dir: string;
  /** Calls a procedure through dispatch and returns its value; throws with the error code otherwise. */
  call<P extends ProcedureName>(procedure: P, request: RequestOf<P>): ResponseOf<P>;
  /** Calls a procedure through dispatch and returns the envelope as is. */
  result(procedure: unknown, request: unknown): Result<unknown>;
}

/** A new notebook in a temporary folder; closed and deleted when the current test ends. */
export function tempNotebook(options: OpenNotebookOptions = {}): TempNotebook {
  const dir = tempDir();
  const notebook = openNotebook(join(dir, 'test.casebook'), { create: true, ...options });
  onTestFinished(() => notebook.close());
  return withCalls(notebook, dir);
}

export function withCalls(notebook: OpenNotebook, dir: string): TempNotebook {
  return {
    ...notebook,
    close: () => notebook.close(),
    dir,
    call: (procedure, request) => callOk(notebook.db, procedure, request),
    result: (procedure, request) => dispatch(notebook.db, procedure, request),
  };
}

export function callOk<P extends ProcedureName>(db: NotebookDb, procedure: P, request: RequestOf<P>): ResponseOf<P> {
  const result = dispatch(db, procedure, request);
  if (!result.ok) throw new Error(`${procedure} failed with ${result.error.code}: ${result.error.message}`);
  return result.value as ResponseOf<P>;
}
