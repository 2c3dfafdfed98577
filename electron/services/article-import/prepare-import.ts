import type { ParsedRequestOf } from '../../../shared/contract/procedures.ts';
import type { AnalysedArticle } from './analyse-article.ts';
import { PHASE_START } from './analyse-article.ts';
import { analyseOffThread, isWrittenImport, type WrittenImport } from './analyse-off-thread.ts';
import { reportImportProgress, startImportJob } from './import-jobs.ts';

/**
 * The preparer of cases.importArticle (preparers.ts): the analysis on a worker thread, outside any
 * transaction. With an importId it reports progress and can be cancelled (imports.cancel) until the
 * analysis is done; the handler then writes everything in one transaction.
 */
export async function prepareArticleImport(
  request: ParsedRequestOf<'cases.importArticle'>,
  notebookPath: string | null = null,
): Promise<AnalysedArticle | WrittenImport> {
  const importId = request.importId;
  // A file notebook can take the write from the worker's own connection; an in-memory one cannot.
  const writeTo =
    notebookPath === null || notebookPath === '' || notebookPath === ':memory:' ? undefined : notebookPath;
  if (importId === undefined) return analyseOffThread(request, { writeTo });
  const job = startImportJob(importId);
  try {
    const analysed = await analyseOffThread(request, {
      signal: job.signal,
      onPhase: (phase, fraction) => reportImportProgress(importId, phase, fraction),
      writeTo,
    });
    if (!isWrittenImport(analysed)) reportImportProgress(importId, 'writing', PHASE_START.writing);
    return analysed;
  } finally {
    job.finish();
  }
}
