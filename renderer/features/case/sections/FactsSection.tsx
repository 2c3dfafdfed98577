import { formatPartialDate } from '../../../../shared/domain/partial-date.ts';
import type { CaseDocument } from '../../../../shared/domain/case-document.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';
import { SourceChips } from './SourceChips.tsx';

export function FactsSection({ document }: { document: CaseDocument }) {
  if (document.facts.length === 0) return <EmptyState title="No facts or figures yet." />;
  return (
    <ul className="item-list" aria-label="Facts and figures">
      {document.facts.map((fact) => (
        <li key={fact.id} className="item">
          {fact.value !== null && (
            <div className="fact-figure">
              {fact.value.toLocaleString()}
              {fact.unit ? <span className="fact-unit"> {fact.unit}</span> : null}
            </div>
          )}
          <div className="item-body">
            <p className="item-title">{fact.statement}</p>
            <div className="item-meta">
              {fact.origin && <span>{fact.origin}</span>}
              {fact.on && <span>{formatPartialDate(fact.on)}</span>}
              <SourceChips citations={fact.citations} sources={document.sources} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
