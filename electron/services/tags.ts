import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import type { NotebookDb } from '../store/database.ts';
import { listTagUsage } from '../store/tags.ts';

export function listTags(db: NotebookDb, _request: ParsedRequestOf<'tags.list'>): ResponseOf<'tags.list'> {
  return { tags: listTagUsage(db) };
}
