import { dispatch } from '../../../electron/services/dispatch.ts';
import { openNotebook, type OpenNotebook } from '../../../electron/store/notebook.ts';
import type { ProcedureName, RequestOf, ResponseOf } from '../../../shared/contract/procedures.ts';
import type { CaseDocument, Narrative } from '../../../shared/domain/case-document.ts';

/** Calls a procedure on an open notebook as the window would, throwing with its code when it fails. */
function call<P extends ProcedureName>(notebook: OpenNotebook, procedure: P, request: RequestOf<P>): ResponseOf<P> {
  const result = dispatch(notebook.db, procedure, request);
  if (!result.ok) throw new Error(`${procedure}: ${result.error.code}: ${result.error.message}`);
  return result.value as ResponseOf<P>;
}

function withNotebook<T>(notebookPath: string, create: boolean, use: (notebook: OpenNotebook) => T): T {
  const notebook = openNotebook(notebookPath, { create });
  try {
    return use(notebook);
  } finally {
    notebook.close();
  }
}

/** Writes a case with this narrative into the notebook through the services, before any window opens it. */
export function seedCaseWithNarrative(notebookPath: string, title: string, narrative: Narrative): string {
  return withNotebook(notebookPath, true, (notebook) => {
    const created = call(notebook, 'cases.create', { title });
    call(notebook, 'narrative.save', { caseId: created.id, narrative });
    return created.id;
  });
}

/** What the notebook file holds for a case, read through the services with no window open. */
export function readCase(notebookPath: string, caseId: string): CaseDocument {
  return withNotebook(notebookPath, false, (notebook) => call(notebook, 'cases.get', { id: caseId }));
}

/** The id of the one case titled `title` in the notebook file. */
export function caseIdByTitle(notebookPath: string, title: string): string {
  return withNotebook(notebookPath, false, (notebook) => {
    const matches = call(notebook, 'cases.list', { query: title }).cases.filter((summary) => summary.title === title);
    if (matches.length !== 1)
      throw new Error(`Expected one case titled ${JSON.stringify(title)}, found ${matches.length}.`);
    return matches[0]!.id;
  });
}
