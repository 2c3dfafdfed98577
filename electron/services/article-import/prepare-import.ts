import type { ParsedRequestOf } from '../../../shared/contract/procedures.ts';
import type { AnalysedArticle } from './analyse-article.ts';
import { PHASE_START } from './analyse-article.ts';
import { analyseOffThread } from './analyse-off-thread.ts';
import { reportImportProgress, startImportJob } from './import-jobs.ts';

/**
 * The preparer of cases.importArticle (preparers.ts): the analysis on a worker thread, outside any
 * transaction. With an importId it reports progress and can be cancelled (imports.cancel) until the
 * analysis is done; the handler then writes everything in one transaction.
 */
export async function prepareArticleImport(request: ParsedRequestOf<'cases.importArticle'>): Promise<AnalysedArticle> {
  const importId = request.importId;
  if (importId === undefined) return analyseOffThread(request);
  const job = startImportJob(importId);
  try {
    const analysed = await analyseOffThread(request, {
      signal: job.signal,
      onPhase: (phase, fraction) => reportImportProgress(importId, phase, fraction),
    });
    reportImportProgress(importId, 'writing', PHASE_START.writing);
    return analysed;
  } finally {
    job.finish();
  }
}
