import { formatPartialDate } from '../../../../shared/domain/partial-date.ts';
import type { CaseDocument } from '../../../../shared/domain/case-document.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';
import { SourceChips } from './SourceChips.tsx';

export function QuotesSection({ document }: { document: CaseDocument }) {
  if (document.quotes.length === 0) return <EmptyState title="No quotes yet." />;
  const actorName = new Map(document.actors.map((actor) => [actor.id, actor.name]));
  return (
    <ul className="item-list" aria-label="Quotes">
      {document.quotes.map((quote) => {
        const speaker = quote.speaker ?? (quote.actorId ? actorName.get(quote.actorId) : undefined);
        return (
          <li key={quote.id} className="item">
            <figure className="quote">
              <blockquote className={quote.verbatim ? 'quote-text' : 'quote-text is-reported'}>{quote.text}</blockquote>
              {quote.original && (
                <blockquote className="quote-original" lang={quote.language ?? undefined}>
                  {quote.original}
                </blockquote>
              )}
              <figcaption className="item-meta">
                {speaker && <span>{speaker}</span>}
                {quote.on && <span>{formatPartialDate(quote.on)}</span>}
                {!quote.verbatim && <span className="badge">Reported, not verbatim</span>}
                <SourceChips citations={quote.citations} sources={document.sources} />
              </figcaption>
            </figure>
          </li>
        );
      })}
    </ul>
  );
}
