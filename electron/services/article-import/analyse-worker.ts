import { parentPort, workerData } from 'node:worker_threads';
import type { ParsedRequestOf } from '../../../shared/contract/procedures.ts';
import { CasebookError } from '../../../shared/contract/result.ts';
import { analyseArticle } from './analyse-article.ts';
import { WORKER_ANALYSING, WORKER_WRITING, type ImportWorkerData } from './analyse-off-thread.ts';

/**
 * Worker thread entry (analyse-off-thread.ts): analyses one article off the main thread, posting each phase
 * as it starts; then either posts the analysis, or (given a notebook file) writes the case itself in one
 * transaction on its own connection and posts the procedure's response.
 */
const port = parentPort;
if (port !== null) {
  const { request, writeTo, state } = workerData as ImportWorkerData;
  try {
    const analysed = analyseArticle(request, (phase, fraction) => port.postMessage({ type: 'phase', phase, fraction }));
    if (writeTo === null) port.postMessage({ type: 'done', analysed });
    else if (Atomics.compareExchange(state, 0, WORKER_ANALYSING, WORKER_WRITING) === WORKER_ANALYSING) {
      port.postMessage({ type: 'phase', phase: 'writing', fraction: 0.7 });
      const { writeImportedArticle } = await import('./write-imported-article.ts');
      // The preparer hands the worker the whole parsed request of cases.importArticle.
      const parsed = request as ParsedRequestOf<'cases.importArticle'>;
      port.postMessage({ type: 'written', written: writeImportedArticle(writeTo, parsed, analysed) });
    }
  } catch (error) {
    port.postMessage({
      type: 'error',
      code: error instanceof CasebookError ? error.code : 'internal',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
