import type { NotebookDb } from '../../../electron/store/database.ts';
import { overwriteSnapshotHtmlKeepingHash } from '../../../electron/store/snapshots.ts';

/** Changes a stored snapshot behind the services' back, the way a damaged or edited notebook file would. */
export function tamperWithSnapshot(db: NotebookDb, sourceId: string, html: string): void {
  overwriteSnapshotHtmlKeepingHash(db, sourceId, html);
}
