import type { NotebookDb } from '../database.ts';
import { installSearchTriggers, rebuildSearchIndex, storedSearchTriggerNames } from '../search-triggers.ts';

/**
 * Schema v4: search finds Chinese, Japanese and Korean words by two characters. The index stores CJK runs
 * as overlapping bigrams, through a function the connection registers; the triggers that maintain the
 * index move from the file to each connection (search-triggers.ts explains why). The index gets prefix
 * indexes so typing a short prefix stays fast, and is rebuilt from the notebook's live items.
 * Frozen once released.
 */
export function up(db: NotebookDb): void {
  for (const name of storedSearchTriggerNames()) db.exec(`DROP TRIGGER IF EXISTS main.${name}`);
  db.exec(`
    DROP TABLE search_index;
    CREATE VIRTUAL TABLE search_index USING fts5 (
      kind UNINDEXED, item_id UNINDEXED, case_id UNINDEXED, title, body,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '1 2 3'
    );`);
  rebuildSearchIndex(db);
  installSearchTriggers(db);
}
