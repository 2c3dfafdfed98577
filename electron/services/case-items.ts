import type { CaseItemKind, OrderedItemKind } from '../store/case-items.ts';
import { liveItemIdsInOrder, setItemDeleted, setItemPositions } from '../store/case-items.ts';
import { touchCase } from '../store/cases.ts';
import type { NotebookDb } from '../store/database.ts';
import { newId, nowTimestamp } from '../store/ids.ts';
import { insertTrashEntry } from '../store/trash.ts';
import { conflict } from './errors.ts';
import { requireLiveCase, requireLiveItem } from './guards.ts';

const PLURALS: Record<OrderedItemKind, string> = {
  actor: 'actors',
  issueRow: 'issue rows',
  quote: 'quotes',
  fact: 'facts',
  lesson: 'lessons',
};

/** Puts a case's items in the order given; the list must name every live item of the case exactly once. */
export function reorderItems(
  db: NotebookDb,
  kind: OrderedItemKind,
  request: { caseId: string; ids: string[] },
): { ids: string[] } {
  requireLiveCase(db, request.caseId);
  const live = liveItemIdsInOrder(db, kind, request.caseId);
  const liveSet = new Set(live);
  const given = new Set(request.ids);
  const exact =
    request.ids.length === live.length &&
    given.size === request.ids.length &&
    request.ids.every((id) => liveSet.has(id));
  if (!exact) {
    throw conflict(
      `ids: must list each of the case's ${live.length} ${PLURALS[kind]} exactly once (got ${request.ids.length}); the case may have changed — reload it.`,
    );
  }
  setItemPositions(db, kind, request.ids);
  touchCase(db, request.caseId, nowTimestamp());
  return { ids: request.ids };
}

/** Moves an item to the trash (it keeps its place and citations for a restore). */
export function trashItem(db: NotebookDb, kind: CaseItemKind, id: string, label: string): { trashId: string } {
  const location = requireLiveItem(db, kind, id);
  const at = nowTimestamp();
  const trashId = newId();
  setItemDeleted(db, kind, id, at);
  insertTrashEntry(db, { id: trashId, kind, itemId: id, caseId: location.caseId, label, deletedAt: at });
  touchCase(db, location.caseId, at);
  return { trashId };
}

/** The afterId of a create must be a live item of the same case. */
export function checkAfterId(
  db: NotebookDb,
  kind: OrderedItemKind,
  caseId: string,
  afterId: string | null | undefined,
): void {
  if (afterId === null || afterId === undefined) return;
  const location = requireLiveItem(db, kind, afterId);
  if (location.caseId !== caseId) throw conflict(`afterId: ${afterId} belongs to another case.`);
}
