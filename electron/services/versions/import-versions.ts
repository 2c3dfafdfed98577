import { getActor } from '../../store/actors.ts';
import { getCase } from '../../store/cases.ts';
import type { NotebookDb } from '../../store/database.ts';
import { recordVersion } from './record-version.ts';

/** An import's result, with a version of each case it created or replaced, so History starts from it. */
export function keepImportedVersions<T extends { caseId: string } | { cases: readonly { id: string }[] }>(
  db: NotebookDb,
  result: T,
): T {
  const caseIds = 'caseId' in result ? [result.caseId] : result.cases.map((imported) => imported.id);
  for (const caseId of caseIds) recordVersion(db, caseId, 'import');
  return result;
}

/** Merging actors rewrites many items at once: the case as it was stays restorable. */
export function keepVersionBeforeMerge(db: NotebookDb, keepActorId: string): void {
  const actor = getActor(db, keepActorId);
  if (!actor || actor.deletedAt !== null) return;
  const owner = getCase(db, actor.caseId);
  if (owner && owner.deletedAt === null) recordVersion(db, actor.caseId, 'bulk');
}
