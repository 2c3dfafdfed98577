import { useState } from 'react';
import type { CaseDocument } from '../../../../shared/domain/case-document.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';
import { ActorRow } from '../../actors/ActorRow.tsx';
import { MergeActorsBar } from '../../actors/MergeActorsBar.tsx';
import { ItemList } from '../../case-items/ItemList.tsx';
import { useItemSection } from '../../case-items/use-item-section.ts';
import '../../case-items/items.css';
import '../../actors/actors.css';

/** The organizations, people and groups of the case, with their kind and role; duplicates can be merged. */
export function ActorsSection({ document }: { document: CaseDocument }) {
  const actors = document.actors;
  const section = useItemSection(document.case.id, 'actor', actors);
  const [merging, setMerging] = useState(false);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());

  function select(id: string, selected: boolean): void {
    setSelectedIds((current) => {
      const next = new Set(current);
      if (selected) next.add(id);
      else next.delete(id);
      return next;
    });
  }
  function stopMerging(): void {
    setMerging(false);
    setSelectedIds(new Set());
  }

  return (
    <div className="items-section actors-section">
      {merging && (
        <MergeActorsBar
          selected={actors.filter((actor) => selectedIds.has(actor.id))}
          onMerged={stopMerging}
          onCancel={stopMerging}
        />
      )}
      <ItemList
        section={section}
        label="Actors"
        empty={
          <EmptyState title="No actors yet.">
            Add the organizations, people and groups involved, with their role in this case.
          </EmptyState>
        }
        renderRow={(row) => (
          <ActorRow
            {...row.props}
            actor={row.item}
            selection={
              merging && !row.isNew
                ? { selected: selectedIds.has(row.item.id), onChange: (selected) => select(row.item.id, selected) }
                : undefined
            }
          />
        )}
        actions={
          !merging &&
          actors.length >= 2 && (
            <button type="button" className="button button-quiet" onClick={() => setMerging(true)}>
              Merge duplicates
            </button>
          )
        }
      />
    </div>
  );
}
