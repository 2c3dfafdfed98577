import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { countLiveCases, findCaseIdBySlug } from '../store/cases.ts';
import type { NotebookDb } from '../store/database.ts';
import { notebookFileOf } from '../store/notebook-file.ts';
import { schemaVersionOf } from '../store/migrations/index.ts';
import { SAMPLE_CASE_SLUG } from './sample-case-data.ts';

export function notebookInfo(db: NotebookDb, _request: ParsedRequestOf<'notebook.info'>): ResponseOf<'notebook.info'> {
  return {
    path: notebookFileOf(db),
    schemaVersion: schemaVersionOf(db),
    caseCount: countLiveCases(db),
    // A sample in the trash still counts: restoring it is the way back.
    sampleAvailable: findCaseIdBySlug(db, SAMPLE_CASE_SLUG) === undefined,
    readonly: db.readonly,
  };
}
