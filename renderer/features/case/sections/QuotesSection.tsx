import { useRef, useState } from 'react';
import type { CaseDocument } from '../../../../shared/domain/case-document.ts';
import { useAppEvent } from '../../../app-events.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';
import { useNewItems } from '../../case-items/use-new-items.ts';
import { QuoteRow } from '../../quotes/QuoteRow.tsx';
import '../../case-items/items.css';
import '../../quotes/quotes.css';

/** Statements with their speaker, date, original-language text and sources; any can become a pull quote. */
export function QuotesSection({ document }: { document: CaseDocument }) {
  const caseId = document.case.id;
  const quotes = document.quotes;
  const newItems = useNewItems(
    caseId,
    'quote',
    quotes.map((quote) => quote.id),
  );
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  function addQuote(): void {
    setFocusKey(newItems.open());
  }
  useAppEvent('casebook:add-item', ({ kind }) => {
    if (kind === 'quote') addQuote();
  });

  const listed = quotes.filter((quote) => !newItems.pinnedIds.has(quote.id));
  const rowCount = listed.length + newItems.entries.length;
  const deleteLabel = (index: number): string => (rowCount > 1 ? `Delete quote ${index + 1}` : 'Delete quote');
  const common = {
    caseId,
    actors: document.actors,
    sources: document.sources,
    onDeleted: () => addRef.current?.focus(),
  };
  return (
    <div className="items-section quotes-section">
      {rowCount === 0 ? (
        <EmptyState title="No quotes yet.">
          Add what was said, by whom and when — verbatim or reported, with the original-language text beside it.
        </EmptyState>
      ) : (
        <ul className="item-list" aria-label="Quotes">
          {[
            ...listed.map((quote, index) => (
              <QuoteRow key={newItems.keyOf(quote.id)} {...common} quote={quote} deleteLabel={deleteLabel(index)} />
            )),
            ...newItems.entries.map((entry, index) => (
              <QuoteRow
                key={entry.key}
                {...common}
                quote={entry.id === null ? null : (quotes.find((quote) => quote.id === entry.id) ?? null)}
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
        <button ref={addRef} type="button" className="button" onClick={addQuote}>
          Add quote
        </button>
      </div>
    </div>
  );
}
