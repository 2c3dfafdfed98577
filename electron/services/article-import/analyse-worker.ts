import { parentPort, workerData } from 'node:worker_threads';
import { CasebookError } from '../../../shared/contract/result.ts';
import { analyseArticle, type ArticleImportRequest } from './analyse-article.ts';

/**
 * Worker thread entry (analyse-off-thread.ts): analyses one article off the main thread, posting each phase
 * as it starts, then the analysis or the error.
 */
const port = parentPort;
if (port !== null) {
  try {
    const analysed = analyseArticle(workerData as ArticleImportRequest, (phase, fraction) =>
      port.postMessage({ type: 'phase', phase, fraction }),
    );
    port.postMessage({ type: 'done', analysed });
  } catch (error) {
    port.postMessage({
      type: 'error',
      code: error instanceof CasebookError ? error.code : 'internal',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
