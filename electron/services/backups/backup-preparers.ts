import { CasebookError } from '../../../shared/contract/result.ts';
import type { Preparer } from '../preparers.ts';
import { backUpNow, copyBackupBesideNotebook, listNotebookBackups } from './backup-procedures.ts';

export interface BackupOptions {
  /** The app's user-data folder, which holds the backups; without it (tests, the rig) there are none. */
  readonly userData?: string;
}

type BackupProcedure = 'backups.list' | 'backups.create' | 'backups.copyForRestore';
type BackupPreparers = { readonly [P in BackupProcedure]: Preparer<P> };

/** Backups live in files outside the notebook, so their work happens before (and outside) any transaction. */
export function backupPreparers(options: BackupOptions): BackupPreparers {
  const folder = (): string => {
    if (options.userData === undefined) {
      throw new CasebookError('not-found', 'This Casebook keeps no automatic backups, so there are none to show.');
    }
    return options.userData;
  };
  return {
    'backups.list': (db) => Promise.resolve(listNotebookBackups(db, folder())),
    'backups.create': (db) => backUpNow(db, folder()),
    'backups.copyForRestore': (db, request) => copyBackupBesideNotebook(db, folder(), request.name),
  };
}
