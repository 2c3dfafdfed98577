import { useEffect, useRef } from 'react';
import type { SectionId } from './features/case/sections.ts';

/**
 * Cross-feature events in the window, as DOM CustomEvents on `window`, so features never import each
 * other: the palette and shortcuts dispatch, the owning section listens.
 */
export interface AppEventDetails {
  /** The Quotes section asks the narrative editor to insert a pull quote (at the caret or at the end). */
  'casebook:insert-pull-quote': {
    readonly text: string;
    readonly speaker: string | null;
    readonly sourceId: string | null;
  };
  /** Asks the narrative editor to open its source picker and insert a citation. */
  'casebook:insert-citation': Record<string, never>;
  /** Asks the case page to show a section. */
  'casebook:jump-to-section': { readonly section: SectionId };
  /** Asks the section that owns this kind of item to act as if its "Add …" button was pressed. */
  'casebook:add-item': { readonly kind: AddItemKind };
  /** Asks the window to show the notebook's source library, with a source selected when given. */
  'casebook:open-library': { readonly sourceId?: string };
  /**
   * Asks the window to show an item of a case (the evidence check's links): the case opens if it is not
   * the one on screen, then the item's section shows with the item focused where it can be.
   */
  'casebook:open-item': { readonly caseId: string; readonly kind: OpenItemKind; readonly itemId: string | null };
  /** Asks the window to import an article as a draft case: choose files, or paste its text. */
  'casebook:import-article': { readonly from: 'file' | 'paste' };
  /** Asks the window to offer the case templates and create a case from one. */
  'casebook:new-from-template': Record<string, never>;
  /** Asks the window to save a case's structure as a template. */
  'casebook:save-as-template': { readonly caseId: string };
  /** Asks the open case page to show its History. */
  'casebook:show-history': Record<string, never>;
  /** Asks the window to show the notebook's codebook for editing. */
  'casebook:edit-codebook': Record<string, never>;
}

export type AppEventName = keyof AppEventDetails;
export type OpenItemKind = 'issueRow' | 'event' | 'quote' | 'fact' | 'narrative' | 'lesson' | 'case';
export type AddItemKind = 'row' | 'event' | 'quote' | 'actor' | 'fact' | 'lesson';

/** The section that owns each kind of item the palette and shortcuts can add. */
export const ADD_ITEM_SECTION: Readonly<Record<AddItemKind, SectionId>> = {
  row: 'issues',
  event: 'timeline',
  quote: 'quotes',
  actor: 'actors',
  fact: 'facts',
  lesson: 'lessons',
};

export function dispatchAppEvent<Name extends AppEventName>(name: Name, detail: AppEventDetails[Name]): void {
  window.dispatchEvent(new CustomEvent<AppEventDetails[Name]>(name, { detail }));
}

/** Listens for an app event while the component is mounted; the latest handler always runs. */
export function useAppEvent<Name extends AppEventName>(
  name: Name,
  handler: (detail: AppEventDetails[Name]) => void,
): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    function listener(event: Event): void {
      latest.current((event as CustomEvent<AppEventDetails[Name]>).detail);
    }
    window.addEventListener(name, listener);
    return () => window.removeEventListener(name, listener);
  }, [name]);
}

interface PendingDelivery {
  readonly section: SectionId;
  readonly deliver: () => void;
}
let pendingDeliveries: PendingDelivery[] = [];

/**
 * Shows a section, then dispatches an event for it once its panel has mounted (a section only listens
 * while it is on screen): the palette's "Add row", "Insert citation" and the Quotes section's pull quote.
 */
export function dispatchAppEventInSection<Name extends AppEventName>(
  section: SectionId,
  name: Name,
  detail: AppEventDetails[Name],
): void {
  pendingDeliveries.push({ section, deliver: () => dispatchAppEvent(name, detail) });
  dispatchAppEvent('casebook:jump-to-section', { section });
}

/** Called by the case page after it has shown `section`: delivers the events waiting for it. */
export function deliverPendingAppEvents(section: SectionId): void {
  const ready = pendingDeliveries.filter((pending) => pending.section === section);
  pendingDeliveries = pendingDeliveries.filter((pending) => pending.section !== section);
  for (const pending of ready) pending.deliver();
}

/** Drops events that no section will receive (the case page closed before showing their section). */
export function dropPendingAppEvents(): void {
  pendingDeliveries = [];
}
