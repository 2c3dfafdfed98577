import { versionsToThin } from '../../../shared/domain/version-thinning.ts';
import { allVersionSizes, deleteVersions } from '../../store/case-versions.ts';
import type { NotebookDb } from '../../store/database.ts';
import { historyBudgetBytes } from './history-budget.ts';

/** Deletes the versions the thinning policy and the notebook's size budget no longer keep. */
export function thinVersions(db: NotebookDb, now: Date): number {
  const versions = allVersionSizes(db).map((row) => ({
    id: row.id,
    caseId: row.caseId,
    createdAt: Date.parse(row.createdAt),
    byteLength: row.byteLength,
  }));
  const drop = versionsToThin(versions, now.getTime(), historyBudgetBytes(db));
  deleteVersions(db, drop);
  return drop.length;
}
