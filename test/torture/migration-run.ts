import { LATEST_SCHEMA_VERSION } from '../../electron/store/migrations/index.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { newId } from '../../electron/store/ids.ts';
import { generateNarrative } from './narratives.ts';
import type { Random } from './random.ts';
import {
  caseContentOf,
  ftsIntegrityCheck,
  integrityCheckOf,
  openRaw,
  userVersionOf,
  type OldCase,
} from './raw-sqlite.ts';
import { sha256 } from './scope-hash.ts';
import type { NotebookDb } from '../../electron/store/database.ts';

/** Cases for a schema-version-1 notebook, with the hash of what every later version must still hold of them. */
export function oldNotebook(
  random: Random,
  count: number,
  narrativeBytes: number,
): { cases: OldCase[]; content: string } {
  const cases = Array.from({ length: count }, (_, index): OldCase => {
    const narrative = generateNarrative(random, narrativeBytes / 2 + random.int(narrativeBytes), []);
    return {
      id: newId(),
      slug: `old-case-${index}-${random.int(1_000_000)}`,
      title: `Old case ${index}: 小米 recall`,
      lexical: JSON.stringify(narrative.lexical),
      text: narrative.text,
    };
  });
  const content = sha256(
    JSON.stringify(
      cases
        .map(({ id, title, lexical, text }) => ({ id, title, lexical, text }))
        .sort((a, b) => (a.id < b.id ? -1 : 1)),
    ),
  );
  return { cases, content };
}

const contentHashOf = (db: NotebookDb) => sha256(JSON.stringify(caseContentOf(db)));

/**
 * Checks an old notebook whose migration was killed: as the crash left it (schema version 1 or the latest,
 * nothing in between, every case and narrative intact, file sound), then once more after the app opens it and
 * finishes the migration. Returns the problems found.
 */
export function checkMigration(path: string, content: string): string[] {
  const problems: string[] = [];
  const checkDb = (db: NotebookDb, when: string) => {
    const integrity = integrityCheckOf(db);
    if (integrity[0] !== 'ok') problems.push(`${when}: integrity_check ${integrity.slice(0, 3).join('; ')}`);
    const fts = ftsIntegrityCheck(db);
    if (fts !== 'ok') problems.push(`${when}: FTS5 integrity-check ${fts}`);
    if (contentHashOf(db) !== content) problems.push(`${when}: cases or narratives differ from what was written`);
  };
  try {
    const raw = openRaw(path);
    try {
      const version = userVersionOf(raw);
      if (version !== 1 && version !== LATEST_SCHEMA_VERSION)
        problems.push(`after the kill the schema version is ${version}`);
      checkDb(raw, 'after the kill');
    } finally {
      raw.close();
    }
    const notebook = openNotebook(path);
    try {
      if (notebook.schemaVersion !== LATEST_SCHEMA_VERSION)
        problems.push(`reopened at version ${notebook.schemaVersion}`);
      checkDb(notebook.db, 'after reopening');
    } finally {
      notebook.close();
    }
  } catch (error) {
    problems.push(`the old notebook does not open: ${error instanceof Error ? error.message : String(error)}`);
  }
  return problems;
}
