import type { CaseDocument } from '../../../../shared/domain/case-document.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';
import { ItemList } from '../../case-items/ItemList.tsx';
import { useItemSection } from '../../case-items/use-item-section.ts';
import { FactRow } from '../../facts/FactRow.tsx';
import '../../case-items/items.css';

/** Claims and statistics with their value, unit, named origin, date and sources. */
export function FactsSection({ document }: { document: CaseDocument }) {
  const section = useItemSection(document.case.id, 'fact', document.facts);
  return (
    <div className="items-section facts-section">
      <ItemList
        section={section}
        label="Facts and figures"
        empty={
          <EmptyState title="No facts or figures yet.">
            Add the claims and numbers the case relies on, with who says so and the sources behind them.
          </EmptyState>
        }
        renderRow={({ item, props }) => <FactRow {...props} fact={item} sources={document.sources} />}
      />
    </div>
  );
}
