import { useRef, useState } from 'react';
import type { CaseDocument } from '../../../../shared/domain/case-document.ts';
import { useAppEvent } from '../../../app-events.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';
import { useNewItems } from '../../case-items/use-new-items.ts';
import { FactRow } from '../../facts/FactRow.tsx';
import '../../case-items/items.css';

/** Claims and statistics with their value, unit, named origin, date and sources. */
export function FactsSection({ document }: { document: CaseDocument }) {
  const caseId = document.case.id;
  const facts = document.facts;
  const newItems = useNewItems(
    caseId,
    'fact',
    facts.map((fact) => fact.id),
  );
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  function addFact(): void {
    setFocusKey(newItems.open());
  }
  useAppEvent('casebook:add-item', ({ kind }) => {
    if (kind === 'fact') addFact();
  });

  const listed = facts.filter((fact) => !newItems.pinnedIds.has(fact.id));
  const rowCount = listed.length + newItems.entries.length;
  const deleteLabel = (index: number): string => (rowCount > 1 ? `Delete fact ${index + 1}` : 'Delete fact');
  const common = { caseId, sources: document.sources, onDeleted: () => addRef.current?.focus() };
  return (
    <div className="items-section facts-section">
      {rowCount === 0 ? (
        <EmptyState title="No facts or figures yet.">
          Add the claims and numbers the case relies on, with who says so and the sources behind them.
        </EmptyState>
      ) : (
        <ul className="item-list" aria-label="Facts and figures">
          {[
            ...listed.map((fact, index) => (
              <FactRow key={newItems.keyOf(fact.id)} {...common} fact={fact} deleteLabel={deleteLabel(index)} />
            )),
            ...newItems.entries.map((entry, index) => (
              <FactRow
                key={entry.key}
                {...common}
                fact={entry.id === null ? null : (facts.find((fact) => fact.id === entry.id) ?? null)}
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
              />
            )),
          ]}
        </ul>
      )}
      <div className="items-actions">
        <button ref={addRef} type="button" className="button" onClick={addFact}>
          Add fact
        </button>
      </div>
    </div>
  );
}
