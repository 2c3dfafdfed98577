import type { NotebookDb } from '../../electron/store/database.ts';

/**
 * Undoes migration 005 on an open notebook, for tests that turn a new notebook into an old one: the
 * template and code-override tables, the code-use indexes and custom_codes' new columns go.
 */
export function undoCodebookAndTemplates(db: NotebookDb): void {
  db.exec(`
    DROP INDEX cases_by_crisis_type_code;
    DROP INDEX issue_rows_by_scct_code;
    DROP INDEX issue_rows_by_benoit_code;
    DROP INDEX events_by_scct_code;
    DROP INDEX events_by_benoit_code;
    DROP INDEX quotes_by_scct_code;
    DROP INDEX quotes_by_benoit_code;
    DROP TABLE case_templates;
    DROP TABLE code_overrides;
    ALTER TABLE custom_codes DROP COLUMN posture;
    ALTER TABLE custom_codes DROP COLUMN example;
    ALTER TABLE custom_codes DROP COLUMN retired_at;
  `);
}
