import type { NotebookDb } from './database.ts';

/** A template a user saved from a case; body is the template's structure as JSON (CaseTemplateBody). */
export interface StoredTemplate {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly body: string;
  readonly createdAt: string;
}

const COLUMNS = 'id, name, description, body, created_at AS createdAt';

export function listStoredTemplates(db: NotebookDb, limit = 500): StoredTemplate[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM case_templates ORDER BY name COLLATE NOCASE, id LIMIT ?`)
    .all(limit) as StoredTemplate[];
}

export function getStoredTemplate(db: NotebookDb, id: string): StoredTemplate | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM case_templates WHERE id = ?`).get(id) as StoredTemplate | undefined;
}

export function insertStoredTemplate(db: NotebookDb, template: StoredTemplate): void {
  db.prepare('INSERT INTO case_templates (id, name, description, body, created_at) VALUES (?, ?, ?, ?, ?)').run(
    template.id,
    template.name,
    template.description,
    template.body,
    template.createdAt,
  );
}

export function deleteStoredTemplate(db: NotebookDb, id: string): boolean {
  return db.prepare('DELETE FROM case_templates WHERE id = ?').run(id).changes > 0;
}
