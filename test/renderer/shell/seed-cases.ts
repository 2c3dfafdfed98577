import type { RequestOf } from '../../../shared/contract/procedures.ts';
import { inWriteTransaction } from '../../../electron/store/database.ts';
import type { TempNotebook } from '../../helpers/temp-notebook.ts';

type OverviewPatch = RequestOf<'cases.update'>['patch'];

/**
 * Adds `count` cases through the real procedures, in one transaction so ten thousand take seconds, not
 * minutes. `overviewOf(i)` gives each case its title and fields; returns the ids in creation order.
 */
export function seedCases(
  notebook: TempNotebook,
  count: number,
  overviewOf: (index: number) => OverviewPatch,
): string[] {
  return inWriteTransaction(notebook.db, () => {
    const ids: string[] = [];
    for (let index = 0; index < count; index++) {
      const { title, ...rest } = overviewOf(index);
      const created = notebook.call('cases.create', title === undefined ? {} : { title });
      if (Object.keys(rest).length > 0) notebook.call('cases.update', { id: created.id, patch: rest });
      ids.push(created.id);
    }
    return ids;
  });
}
