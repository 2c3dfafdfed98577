import type { ParsedRequestOf, ResponseOf } from '../../../shared/contract/procedures.ts';
import { inWriteTransaction } from '../../store/database.ts';
import { openNotebook } from '../../store/notebook.ts';
import { keepImportedVersions } from '../versions/import-versions.ts';
import type { AnalysedArticle } from './analyse-article.ts';
import { importArticle } from './import-article.ts';

/** How long the worker's write waits for the window's own writes to finish. */
const WRITE_WAIT_MS = 30_000;

/**
 * The write of cases.importArticle on a connection of its own (a worker thread's): the same steps as the
 * procedure's handler, in one transaction, so the notebook is as it was if anything fails.
 */
export function writeImportedArticle(
  notebookPath: string,
  request: ParsedRequestOf<'cases.importArticle'>,
  analysed: AnalysedArticle,
): ResponseOf<'cases.importArticle'> {
  const notebook = openNotebook(notebookPath, { busyTimeoutMs: WRITE_WAIT_MS });
  try {
    return inWriteTransaction(notebook.db, () =>
      keepImportedVersions(notebook.db, importArticle(notebook.db, request, analysed)),
    );
  } finally {
    notebook.close();
  }
}
