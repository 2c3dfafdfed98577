import { snippetParts } from './snippet.ts';

/** A snippet with its matched terms in <mark>; every part is a text node, never parsed as HTML. */
export function Highlighted({ snippet, className }: { snippet: string; className?: string }) {
  return (
    <span className={className}>
      {snippetParts(snippet).map((part, index) =>
        part.matched ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}
