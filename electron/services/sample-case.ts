import type { NotebookDb } from '../store/database.ts';
import { newId, nowTimestamp } from '../store/ids.ts';
import { importBundle } from './bundle-import.ts';
import { buildSampleCase } from './sample-case-data.ts';

export { SAMPLE_CASE_SLUG } from './sample-case-data.ts';

/** Adds the Xiaomi KOL sample case (one transaction) and returns its id. */
export function addSampleCase(db: NotebookDb): { caseId: string } {
  const document = buildSampleCase(newId, nowTimestamp());
  const [added] = importBundle(db, document).cases;
  if (!added) throw new Error('The sample case was not added.');
  return { caseId: added.id };
}
