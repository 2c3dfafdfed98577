import type { NotebookDb } from '../database.ts';

/**
 * Schema v5: the codebook becomes editable per notebook and cases can start from templates.
 * custom_codes gains the posture of a custom SCCT strategy, an example and when it was retired (a retired
 * code keeps every past coding; it is only no longer offered). code_overrides renames, redefines or retires
 * a built-in code in this notebook without touching the built-in codebook. case_templates holds the
 * templates users save from a case (the built-in ones are data in shared/domain/case-templates.ts).
 * Frozen once released.
 */
const SCHEMA = `
ALTER TABLE custom_codes ADD COLUMN posture TEXT CHECK (posture IN ('deny', 'diminish', 'rebuild', 'bolster', 'base'));
ALTER TABLE custom_codes ADD COLUMN example TEXT NOT NULL DEFAULT '';
ALTER TABLE custom_codes ADD COLUMN retired_at TEXT;

CREATE TABLE code_overrides (
  kind TEXT NOT NULL CHECK (kind IN ('crisis-type', 'scct-strategy', 'benoit-strategy')),
  id TEXT NOT NULL,
  label TEXT,
  definition TEXT,
  retired_at TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;

CREATE TABLE case_templates (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL CHECK (json_valid(body)),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX case_templates_by_name ON case_templates (name COLLATE NOCASE, id);

-- How many items use each code (the codebook view) without reading whole tables.
CREATE INDEX cases_by_crisis_type_code ON cases (crisis_type) WHERE crisis_type IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX issue_rows_by_scct_code ON issue_rows (strategy) WHERE strategy IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX issue_rows_by_benoit_code ON issue_rows (benoit) WHERE benoit IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX events_by_scct_code ON events (strategy) WHERE strategy IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX events_by_benoit_code ON events (benoit) WHERE benoit IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX quotes_by_scct_code ON quotes (strategy) WHERE strategy IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX quotes_by_benoit_code ON quotes (benoit) WHERE benoit IS NOT NULL AND deleted_at IS NULL;
`;

export function up(db: NotebookDb): void {
  db.exec(SCHEMA);
  // A code retired through the old flag keeps that state under the new column.
  db.exec(`UPDATE custom_codes SET retired_at = '1970-01-01T00:00:00.000Z' WHERE retired = 1 AND retired_at IS NULL`);
}
