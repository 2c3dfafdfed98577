import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ResponseOf } from '../../../shared/contract/procedures.ts';
import { CasebookError, ERROR_CODES, type ErrorCode } from '../../../shared/contract/result.ts';
import {
  analyseArticle,
  type AnalysedArticle,
  type ArticleImportRequest,
  type PhaseListener,
} from './analyse-article.ts';
import { cancelledError } from './import-jobs.ts';

export interface OffThreadOptions {
  readonly signal?: AbortSignal | undefined;
  readonly onPhase?: PhaseListener | undefined;
  /**
   * The notebook file the worker writes the case into, in one transaction on its own connection, so that a
   * long write does not hold up the thread that serves the window either. Without it, the worker only analyses.
   */
  readonly writeTo?: string | undefined;
}

/** What a worker that wrote the case answers: the procedure's own response. */
export interface WrittenImport {
  readonly written: ResponseOf<'cases.importArticle'>;
}

/** The worker's input; `state` is shared: 0 analysing, 1 writing (too late to cancel), 2 cancelled. */
export interface ImportWorkerData {
  readonly request: ArticleImportRequest;
  readonly writeTo: string | null;
  readonly state: Int32Array;
}
export const WORKER_ANALYSING = 0;
export const WORKER_WRITING = 1;
export const WORKER_CANCELLED = 2;

type WorkerMessage =
  | { readonly type: 'phase'; readonly phase: Parameters<PhaseListener>[0]; readonly fraction: number }
  | { readonly type: 'done'; readonly analysed: AnalysedArticle }
  | { readonly type: 'written'; readonly written: ResponseOf<'cases.importArticle'> }
  | { readonly type: 'error'; readonly code: string; readonly message: string };

/**
 * The worker's script: the .ts source beside this file when it runs from source (the command line, tests),
 * or analyse-worker.js beside the built main process. The path is built at run time so the bundler leaves
 * it alone.
 */
function workerScript(): URL | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, 'analyse-worker.ts'),
    join(here, 'analyse-worker.js'),
    join(here, '..', 'analyse-worker.js'),
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  return found === undefined ? null : pathToFileURL(found);
}

/**
 * analyseArticle on a worker thread, so a 20 MB article never blocks the thread that serves the window.
 * Aborting the signal stops the worker at once and rejects with a 'cancelled' error. A small article, or
 * one where no worker script can be found, is analysed here after a turn of the event loop.
 */
export function analyseOffThread(
  request: ArticleImportRequest,
  options?: OffThreadOptions & { readonly writeTo?: undefined },
): Promise<AnalysedArticle>;
export function analyseOffThread(
  request: ArticleImportRequest,
  options: OffThreadOptions,
): Promise<AnalysedArticle | WrittenImport>;
export function analyseOffThread(
  request: ArticleImportRequest,
  options: OffThreadOptions = {},
): Promise<AnalysedArticle | WrittenImport> {
  const { signal, onPhase } = options;
  if (signal?.aborted) return Promise.reject(cancelledError());
  const script = articleSize(request) < OFF_THREAD_FROM_CHARS ? null : workerScript();
  if (script === null) return analyseHere(request, options);
  const state = new Int32Array(new SharedArrayBuffer(4));
  const workerData: ImportWorkerData = { request, writeTo: options.writeTo ?? null, state };
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData });
    let settled = false;
    const settle = (work: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      work();
      void worker.terminate();
    };
    const onAbort = (): void => {
      // Once the worker is writing, stopping it could leave its write lock on the notebook: let it finish.
      if (Atomics.compareExchange(state, 0, WORKER_ANALYSING, WORKER_CANCELLED) !== WORKER_ANALYSING) return;
      settle(() => reject(cancelledError()));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'phase') {
        if (!settled) onPhase?.(message.phase, message.fraction);
      } else if (message.type === 'done') settle(() => resolve(message.analysed));
      else if (message.type === 'written') settle(() => resolve({ written: message.written }));
      else settle(() => reject(new CasebookError(errorCode(message.code), message.message)));
    });
    worker.on('error', (error: Error) =>
      settle(() => reject(new CasebookError('internal', `The import stopped unexpectedly: ${error.message}`))),
    );
    worker.on('exit', (code) =>
      settle(() => reject(new CasebookError('internal', `The import stopped unexpectedly (exit code ${code}).`))),
    );
  });
}

async function analyseHere(request: ArticleImportRequest, options: OffThreadOptions): Promise<AnalysedArticle> {
  await new Promise((resolve) => setImmediate(resolve));
  if (options.signal?.aborted) throw cancelledError();
  const analysed = analyseArticle(request, options.onPhase);
  if (options.signal?.aborted) throw cancelledError();
  return analysed;
}

/**
 * Articles smaller than this are analysed in a few milliseconds, less than a worker takes to load the
 * parsers, so they stay on this thread.
 */
const OFF_THREAD_FROM_CHARS = 256 * 1024;

function articleSize(request: ArticleImportRequest): number {
  return request.text?.length ?? request.base64?.length ?? 0;
}

function errorCode(code: string): ErrorCode {
  return ERROR_CODES.find((known) => known === code) ?? 'internal';
}

export function isWrittenImport(value: unknown): value is WrittenImport {
  return typeof value === 'object' && value !== null && 'written' in value;
}
