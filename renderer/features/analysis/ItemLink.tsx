import type { ReactNode } from 'react';
import { dispatchAppEvent } from '../../app-events.ts';
import type { OpenItemKind } from '../../app-events.ts';

export interface ItemLinkProps {
  readonly caseId: string;
  readonly kind: OpenItemKind;
  readonly itemId: string;
  /** The accessible name: what opening it shows ("Open event “…”"). */
  readonly label: string;
  readonly children: ReactNode;
}

/** A link-styled button that shows an item of the case in its section ('casebook:open-item'). */
export function ItemLink({ caseId, kind, itemId, label, children }: ItemLinkProps) {
  return (
    <button
      type="button"
      className="analysis-item-link"
      aria-label={label}
      onClick={() => dispatchAppEvent('casebook:open-item', { caseId, kind, itemId })}
    >
      {children}
    </button>
  );
}
