import type { CaseDocument } from '../../../../shared/domain/case-document.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';
import { ItemList } from '../../case-items/ItemList.tsx';
import { useItemSection } from '../../case-items/use-item-section.ts';
import { QuoteRow } from '../../quotes/QuoteRow.tsx';
import '../../case-items/items.css';
import '../../quotes/quotes.css';

/** Statements with their speaker, date, original-language text and sources; any can become a pull quote. */
export function QuotesSection({ document }: { document: CaseDocument }) {
  const section = useItemSection(document.case.id, 'quote', document.quotes);
  return (
    <div className="items-section quotes-section">
      <ItemList
        section={section}
        label="Quotes"
        empty={
          <EmptyState title="No quotes yet.">
            Add what was said, by whom and when — verbatim or reported, with the original-language text beside it.
          </EmptyState>
        }
        renderRow={({ item, props }) => (
          <QuoteRow {...props} quote={item} actors={document.actors} sources={document.sources} />
        )}
      />
    </div>
  );
}
