import type { NotebookDb } from '../database.ts';
import { up as initial } from './001-initial.ts';
import { up as caseListAndAttachments } from './002-case-list-and-attachments.ts';
import { up as sourceLibraryAndFiles } from './003-source-library-and-files.ts';
import { up as cjkSearch } from './004-cjk-search.ts';
import { up as codebookAndTemplates } from './005-codebook-and-templates.ts';
import { up as caseVersions } from './006-case-versions.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: NotebookDb) => void;
}

/** Every migration, in order; a notebook's user_version is the version of the last one applied. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'case-list-and-attachments', up: caseListAndAttachments },
  { version: 3, name: 'source-library-and-files', up: sourceLibraryAndFiles },
  { version: 4, name: 'cjk-search', up: cjkSearch },
  { version: 5, name: 'codebook-and-templates', up: codebookAndTemplates },
  { version: 6, name: 'case-versions', up: caseVersions },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** Runs every migration above the notebook's version in ONE transaction, then records the new version. */
export function migrate(db: NotebookDb, target: number = LATEST_SCHEMA_VERSION): number {
  const current = schemaVersionOf(db);
  const pending = MIGRATIONS.filter((migration) => migration.version > current && migration.version <= target);
  if (pending.length === 0) return current;
  const run = db.transaction(() => {
    for (const migration of pending) migration.up(db);
    db.pragma(`user_version = ${target}`);
    db.pragma(`application_id = ${NOTEBOOK_APPLICATION_ID}`);
  });
  run.immediate();
  return target;
}

export function schemaVersionOf(db: NotebookDb): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** "CBOK" in the SQLite header marks a file as a Casebook notebook. */
export const NOTEBOOK_APPLICATION_ID = 0x43424f4b;
