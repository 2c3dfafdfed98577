import type { NotebookDb } from '../../electron/store/database.ts';

/** Undoes migration 006 on an open notebook, for tests that turn a new notebook into an old one. */
export function undoCaseVersions(db: NotebookDb): void {
  db.exec(`
    DROP INDEX case_versions_by_case;
    DROP TABLE case_versions;
    DROP TABLE notebook_settings;
  `);
}
