import type { Actor, Fact, Lesson, Quote, TimelineEvent } from '../../../shared/domain/case-document.ts';
import { mutate } from '../../api.ts';
import type { ItemWrites } from './item-kind.ts';

interface ItemTables {
  readonly actors: Actor;
  readonly events: TimelineEvent;
  readonly facts: Fact;
  readonly quotes: Quote;
  readonly lessons: Lesson;
}

/**
 * The create, update and delete procedures of one kind of item. Its form checked the fields and patches
 * one by one; the procedure's schema checks them again.
 */
export function itemWrites<Table extends keyof ItemTables>(table: Table): ItemWrites<ItemTables[Table]> {
  type Item = ItemTables[Table];
  return {
    create: (caseId, fields) => mutate(`${table}.create`, { caseId, fields } as never) as Promise<Item>,
    update: (id, patch) => mutate(`${table}.update`, { id, patch } as never) as Promise<Item>,
    remove: (id) => mutate(`${table}.delete`, { id } as never),
  };
}
