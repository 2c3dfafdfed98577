import type { Tag } from '../../shared/domain/case-document.ts';
import type { NotebookDb } from './database.ts';
import { newId } from './ids.ts';

export function tagsOfCase(db: NotebookDb, caseId: string): Tag[] {
  return db
    .prepare(
      'SELECT t.name, t.color FROM case_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.case_id = ? ORDER BY ct.position',
    )
    .all(caseId) as Tag[];
}

/** The tags of many cases at once, for lists. */
export function tagsOfCases(db: NotebookDb, caseIds: readonly string[]): Map<string, Tag[]> {
  const byCase = new Map<string, Tag[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) return byCase;
  const rows = db
    .prepare(
      `SELECT ct.case_id, t.name, t.color FROM case_tags ct JOIN tags t ON t.id = ct.tag_id
       WHERE ct.case_id IN (SELECT value FROM json_each(?)) ORDER BY ct.case_id, ct.position`,
    )
    .all(JSON.stringify(caseIds)) as { case_id: string; name: string; color: string | null }[];
  for (const row of rows) byCase.get(row.case_id)?.push({ name: row.name, color: row.color });
  return byCase;
}

/**
 * Replaces a case's tags. Tags are notebook-wide and matched by name ignoring case; a colour given here
 * becomes the tag's colour, a null colour leaves the tag's colour as it is.
 */
export function setCaseTags(db: NotebookDb, caseId: string, tags: readonly Tag[]): void {
  db.prepare('DELETE FROM case_tags WHERE case_id = ?').run(caseId);
  const find = db.prepare('SELECT id FROM tags WHERE name = ?').pluck();
  const insertTag = db.prepare('INSERT INTO tags (id, name, color) VALUES (?, ?, ?)');
  const recolor = db.prepare('UPDATE tags SET color = ? WHERE id = ?');
  const link = db.prepare('INSERT OR IGNORE INTO case_tags (case_id, tag_id, position) VALUES (?, ?, ?)');
  tags.forEach((tag, position) => {
    const name = tag.name.trim();
    let tagId = find.get(name) as string | undefined;
    if (tagId === undefined) {
      tagId = newId();
      insertTag.run(tagId, name, tag.color);
    } else if (tag.color !== null) {
      recolor.run(tag.color, tagId);
    }
    link.run(caseId, tagId, position);
  });
}

export interface TagUsage extends Tag {
  /** How many cases out of the trash carry the tag. */
  readonly cases: number;
}

/** Every tag of the notebook, by name ignoring case, with its number of live cases (0 for unused tags). */
export function listTagUsage(db: NotebookDb): TagUsage[] {
  return db
    .prepare(
      `SELECT t.name, t.color, count(c.id) AS cases FROM tags t
       LEFT JOIN case_tags ct ON ct.tag_id = t.id
       LEFT JOIN cases c ON c.id = ct.case_id AND c.deleted_at IS NULL
       GROUP BY t.id ORDER BY t.name, t.id`,
    )
    .all() as TagUsage[];
}
