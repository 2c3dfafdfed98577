import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import type { Source } from '../../../shared/domain/case-document.ts';
import { formatPartialDate } from '../../../shared/domain/partial-date.ts';
import { numberingOf, subscribeToNumbering } from './citation-numbering.ts';
import { lookUpSource } from './source-cache.ts';

type Lookup = { readonly sourceId: string; readonly source: Source | null | undefined };

/** The [n] marker of a citation: focusable, named for screen readers, showing its source on hover or focus. */
export function CitationMarker({ sourceId, locator }: { sourceId: string; locator: string | null }) {
  const [editor] = useLexicalComposerContext();
  const number = useSyncExternalStore(
    (onChange) => subscribeToNumbering(editor, onChange),
    () => numberingOf(editor)?.get(sourceId),
  );
  const [lookup, setLookup] = useState<Lookup>({ sourceId, source: undefined });
  useEffect(() => {
    let current = true;
    void lookUpSource(sourceId).then((source) => {
      if (current) setLookup({ sourceId, source });
    });
    return () => {
      current = false;
    };
  }, [sourceId]);
  const [open, setOpen] = useState(false);
  const tooltipId = useId();
  const source = lookup.sourceId === sourceId ? lookup.source : undefined;
  const label = number === undefined ? '?' : String(number);
  const title = source === undefined ? 'loading source' : source === null ? 'source not found' : source.title;
  const details = source
    ? [source.publisher, source.publishedOn ? formatPartialDate(source.publishedOn) : null].filter(
        (detail): detail is string => Boolean(detail),
      )
    : [];
  return (
    <span
      className="citation-marker"
      tabIndex={0}
      role="doc-noteref"
      aria-label={`Citation ${label}: ${title}`}
      aria-describedby={open ? tooltipId : undefined}
      data-source-id={sourceId}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
    >
      [{label}]
      {open && (
        <span role="tooltip" id={tooltipId} className="citation-tooltip">
          <span className="citation-tooltip-title">{title}</span>
          {details.length > 0 && <span className="citation-tooltip-meta">{details.join(' · ')}</span>}
          {locator && <span className="citation-tooltip-locator">{locator}</span>}
        </span>
      )}
    </span>
  );
}
