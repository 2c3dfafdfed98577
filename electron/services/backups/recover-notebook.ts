import { existsSync } from 'node:fs';
import { CasebookError } from '../../../shared/contract/result.ts';
import type { CaseDocument } from '../../../shared/domain/case-document.ts';
import { liveCaseIds } from '../../store/cases.ts';
import type { NotebookDb } from '../../store/database.ts';
import { openNotebook } from '../../store/notebook.ts';
import { importBundle } from '../bundle-import.ts';
import { readCaseDocument } from '../case-document.ts';

export interface RecoveryReport {
  readonly path: string;
  readonly recovered: number;
  /** Cases (by id, with the reason) that could not be read whole and were left out. */
  readonly lost: { id: string; reason: string }[];
  /** True when even the list of cases could not be read. */
  readonly listUnreadable: boolean;
}

/**
 * Reads, case by case, whatever a damaged notebook still gives, and writes it into a NEW notebook at
 * `targetPath`; the damaged file is only read. A case that cannot be read whole is reported, not half-copied.
 */
export function recoverIntoNewNotebook(damaged: NotebookDb, targetPath: string): RecoveryReport {
  if (existsSync(targetPath))
    throw new CasebookError('conflict', `${targetPath} already exists; recovery never writes over a file.`);
  let ids: string[] = [];
  let listUnreadable = false;
  try {
    ids = liveCaseIds(damaged);
  } catch {
    listUnreadable = true;
  }
  const documents: CaseDocument[] = [];
  const lost: { id: string; reason: string }[] = [];
  for (const id of ids) {
    try {
      documents.push(readCaseDocument(damaged, id));
    } catch (error) {
      lost.push({ id, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  const target = openNotebook(targetPath, { create: true });
  let recovered = 0;
  try {
    for (const document of documents) {
      try {
        importBundle(target.db, document);
        recovered += 1;
      } catch (error) {
        lost.push({ id: document.case.id, reason: error instanceof Error ? error.message : String(error) });
      }
    }
  } finally {
    target.close();
  }
  return { path: targetPath, recovered, lost, listUnreadable };
}
