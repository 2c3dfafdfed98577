import { useRef, useState } from 'react';
import type { CaseDocument } from '../../../../shared/domain/case-document.ts';
import { useAppEvent } from '../../../app-events.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';
import { ActorRow } from '../../actors/ActorRow.tsx';
import { MergeActorsBar } from '../../actors/MergeActorsBar.tsx';
import { useNewItems } from '../../case-items/use-new-items.ts';
import '../../case-items/items.css';
import '../../actors/actors.css';

/** The organizations, people and groups of the case, with their kind and role; duplicates can be merged. */
export function ActorsSection({ document }: { document: CaseDocument }) {
  const caseId = document.case.id;
  const actors = document.actors;
  const newItems = useNewItems(
    caseId,
    'actor',
    actors.map((actor) => actor.id),
  );
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const addRef = useRef<HTMLButtonElement>(null);

  function addActor(): void {
    setFocusKey(newItems.open());
  }
  useAppEvent('casebook:add-item', ({ kind }) => {
    if (kind === 'actor') addActor();
  });

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

  const listed = actors.filter((actor) => !newItems.pinnedIds.has(actor.id));
  const rowCount = listed.length + newItems.entries.length;
  const deleteLabel = (index: number): string => (rowCount > 1 ? `Delete actor ${index + 1}` : 'Delete actor');
  return (
    <div className="items-section actors-section">
      {merging && (
        <MergeActorsBar
          selected={actors.filter((actor) => selectedIds.has(actor.id))}
          onMerged={stopMerging}
          onCancel={stopMerging}
        />
      )}
      {rowCount === 0 ? (
        <EmptyState title="No actors yet.">
          Add the organizations, people and groups involved, with their role in this case.
        </EmptyState>
      ) : (
        <ul className="item-list" aria-label="Actors">
          {[
            ...listed.map((actor, index) => (
              <ActorRow
                key={newItems.keyOf(actor.id)}
                caseId={caseId}
                actor={actor}
                deleteLabel={deleteLabel(index)}
                selection={
                  merging
                    ? { selected: selectedIds.has(actor.id), onChange: (selected) => select(actor.id, selected) }
                    : undefined
                }
                onDeleted={() => addRef.current?.focus()}
              />
            )),
            ...newItems.entries.map((entry, index) => (
              <ActorRow
                key={entry.key}
                caseId={caseId}
                actor={entry.id === null ? null : (actors.find((actor) => actor.id === entry.id) ?? null)}
                deleteLabel={deleteLabel(listed.length + index)}
                initialDrafts={entry.initialDrafts}
                focusOnMount={entry.key === focusKey}
                onDraftChange={(values) => newItems.onDraftChange(entry.key, values)}
                onDiscardDraft={() => {
                  newItems.discard(entry.key);
                  addRef.current?.focus();
                }}
                onCreated={(id) => {
                  newItems.onCreated(entry.key, id);
                  newItems.release(entry.key);
                }}
                onDeleted={() => addRef.current?.focus()}
              />
            )),
          ]}
        </ul>
      )}
      <div className="items-actions">
        <button ref={addRef} type="button" className="button" onClick={addActor}>
          Add actor
        </button>
        {!merging && actors.length >= 2 && (
          <button type="button" className="button button-quiet" onClick={() => setMerging(true)}>
            Merge duplicates
          </button>
        )}
      </div>
    </div>
  );
}
