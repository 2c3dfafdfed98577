import type { CaseDocument } from '../../shared/domain/case-document.ts';
import { findItemLocation, type CaseItemKind } from '../store/case-items.ts';
import type { NotebookDb } from '../store/database.ts';

/** Whether any part of the document has an id the notebook already uses for an item of that kind. */
export function itemIdTaken(db: NotebookDb, doc: CaseDocument): boolean {
  const parts: [CaseItemKind, readonly { id: string }[]][] = [
    ['actor', doc.actors],
    ['issueRow', doc.issueRows],
    ['event', doc.events],
    ['quote', doc.quotes],
    ['fact', doc.facts],
    ['lesson', doc.lessons],
  ];
  return parts.some(([kind, items]) => items.some((item) => findItemLocation(db, kind, item.id) !== undefined));
}
